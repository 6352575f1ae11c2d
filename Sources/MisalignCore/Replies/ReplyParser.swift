/// Takes a model's reply apart into reasoning blocks, reasoning steps and tool calls, with line numbers.
///
/// Real replies are messy, so the parser is tolerant: tag names in any case, spaces inside tags, tool calls
/// wrapped in code fences, missing closing tags, missing or mismatched quotes, trailing commas and fields in
/// any order. It never traps on any input. Tool tags inside a reasoning block are drafts, not actions.
public enum ReplyParser {
  /// Parses `text`, which may be anything a model (or a user) wrote.
  public static func parse(_ text: String) -> ParsedReply {
    var scan = ReplyScan(text: text)
    return scan.run()
  }
}

/// The working state of one parse; kept apart from the public entry point so helpers share the byte buffer.
private struct ReplyScan {
  let text: String
  let bytes: [UInt8]
  /// UTF-8 offset where each line starts; line n (1-based) starts at `lineStarts[n - 1]`.
  let lineStarts: [Int]
  var notes: [String] = []

  init(text: String) {
    self.text = text
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  var lineCount: Int {
    if bytes.isEmpty { return 0 }
    return bytes.last == UInt8(ascii: "\n") ? lineStarts.count - 1 : lineStarts.count
  }

  mutating func run() -> ParsedReply {
    let tags = TagScanner.scan(bytes)
    let fenced = fencedLines()
    let blocks = reasoningBlocks(tags: tags)
    let calls = toolCalls(tags: tags, blocks: blocks, fenced: fenced)
    var steps = blocks.flatMap(\.steps)
    var fromVisible = false
    if blocks.isEmpty {
      steps = visibleTextSteps(excluding: calls)
      fromVisible = !steps.isEmpty
    }
    if calls.contains(where: \.isInCodeFence) {
      notes.append("Some tool calls sit inside ``` code fences; they are counted as written.")
    }
    return ParsedReply(
      text: text, reasoningBlocks: blocks, steps: steps, stepsComeFromVisibleText: fromVisible,
      toolCalls: calls, parseNotes: notes, lineCount: lineCount)
  }

  // MARK: Lines

  func line(at offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The byte range of line `number` without its newline.
  func lineBytes(_ number: Int) -> Range<Int> {
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// For each line (index = line number − 1): whether it is inside a ``` or ~~~ fence, fence lines included.
  func fencedLines() -> [Bool] {
    var result: [Bool] = []
    result.reserveCapacity(lineStarts.count)
    var inside = false
    for number in 1...lineStarts.count {
      let range = lineBytes(number)
      var index = range.lowerBound
      while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
      let isFence =
        index + 3 <= range.upperBound
        && (bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~"))
        && bytes[index + 1] == bytes[index] && bytes[index + 2] == bytes[index]
      if isFence {
        result.append(true)
        inside.toggle()
      } else {
        result.append(inside)
      }
    }
    return result
  }

  /// True when the line's first visible character is `>`, i.e. a Markdown quotation.
  func isQuoteLine(_ number: Int) -> Bool {
    let range = lineBytes(number)
    for index in range {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 { continue }
      return byte == UInt8(ascii: ">")
    }
    return false
  }

  // MARK: Reasoning

  mutating func reasoningBlocks(tags: [ScannedTag]) -> [ReasoningBlock] {
    var blocks: [ReasoningBlock] = []
    var index = 0
    var stepIndex = 0
    while index < tags.count {
      let tag = tags[index]
      guard tag.isReasoning else {
        index += 1
        continue
      }
      if tag.isClose {
        // A close with no opening tag (some models start reasoning straight away): everything before it.
        if blocks.isEmpty {
          let block = makeBlock(
            name: tag.name, whole: 0..<tag.end, content: 0..<tag.start, closed: true, stepIndex: &stepIndex)
          blocks.append(block)
          notes.append("A </\(tag.name)> tag has no opening tag; the text before it is treated as reasoning.")
        }
        index += 1
        continue
      }
      if let closeIndex = tags[(index + 1)...].firstIndex(where: { $0.isReasoning && $0.isClose }) {
        let close = tags[closeIndex]
        blocks.append(
          makeBlock(
            name: tag.name, whole: tag.start..<close.end, content: tag.end..<close.start, closed: true,
            stepIndex: &stepIndex))
        index = closeIndex + 1
      } else {
        // Unclosed: the reasoning most plausibly ends where the first tool call begins.
        let nextTool = tags[(index + 1)...].firstIndex { $0.toolName != nil && !$0.isClose }
        let end = nextTool.map { tags[$0].start } ?? bytes.count
        blocks.append(
          makeBlock(
            name: tag.name, whole: tag.start..<end, content: tag.end..<end, closed: false,
            stepIndex: &stepIndex))
        notes.append(
          "The <\(tag.name)> block on line \(line(at: tag.start)) is never closed; it is taken to end "
            + (nextTool == nil ? "at the end of the reply." : "where the first tool call begins."))
        index = nextTool ?? tags.count
      }
    }
    return blocks
  }

  func makeBlock(name: String, whole: Range<Int>, content: Range<Int>, closed: Bool, stepIndex: inout Int)
    -> ReasoningBlock
  {
    let steps = paragraphs(in: content, startingAt: &stepIndex)
    let lastOffset = max(whole.lowerBound, whole.upperBound - 1)
    return ReasoningBlock(
      tagName: name, lines: ReplyLineRange(first: line(at: whole.lowerBound), last: line(at: lastOffset)),
      steps: steps, isClosed: closed, byteRange: whole)
  }

  /// Splits a byte range into blank-line-separated paragraphs.
  func paragraphs(in range: Range<Int>, startingAt stepIndex: inout Int, skippingLines skipped: Set<Int> = [])
    -> [ReasoningStep]
  {
    guard !range.isEmpty else { return [] }
    var steps: [ReasoningStep] = []
    var current: [String] = []
    var firstLine = 0
    var lastLine = 0
    func flush(_ steps: inout [ReasoningStep], _ stepIndex: inout Int) {
      guard !current.isEmpty else { return }
      steps.append(
        ReasoningStep(
          index: stepIndex, text: current.joined(separator: "\n"),
          lines: ReplyLineRange(first: firstLine, last: lastLine)))
      stepIndex += 1
      current.removeAll()
    }
    let startLine = line(at: range.lowerBound)
    let endLine = line(at: max(range.lowerBound, range.upperBound - 1))
    for number in startLine...endLine {
      let full = lineBytes(number)
      let lower = max(full.lowerBound, range.lowerBound)
      let upper = min(full.upperBound, range.upperBound)
      let piece = lower < upper ? string(lower..<upper).trimmingOuterWhitespace() : ""
      if piece.isEmpty || skipped.contains(number) {
        flush(&steps, &stepIndex)
        continue
      }
      if current.isEmpty { firstLine = number }
      current.append(piece)
      lastLine = number
    }
    flush(&steps, &stepIndex)
    return steps
  }

  /// Paragraphs of the text outside tool calls, used as steps when a reply has no reasoning block.
  func visibleTextSteps(excluding calls: [ToolCall]) -> [ReasoningStep] {
    var skipped = Set<Int>()
    for call in calls {
      for number in call.lines.first...call.lines.last { skipped.insert(number) }
    }
    var stepIndex = 0
    return paragraphs(in: 0..<bytes.count, startingAt: &stepIndex, skippingLines: skipped)
      .filter { !$0.text.hasPrefix("```") && !$0.text.hasPrefix("~~~") }
      .enumerated().map { ReasoningStep(index: $0.offset, text: $0.element.text, lines: $0.element.lines) }
  }

  // MARK: Tool calls

  mutating func toolCalls(tags: [ScannedTag], blocks: [ReasoningBlock], fenced: [Bool]) -> [ToolCall] {
    var calls: [ToolCall] = []
    var index = 0
    while index < tags.count {
      let tag = tags[index]
      guard let name = tag.toolName, !tag.isClose else {
        index += 1
        continue
      }
      let enclosingBlock = blocks.first { $0.byteRange.contains(tag.start) }
      let limit = enclosingBlock?.byteRange.upperBound
        ?? blocks.first { $0.byteRange.lowerBound > tag.start }?.byteRange.lowerBound
        ?? bytes.count
      let (contentEnd, blockEnd, nextIndex, closed) = findToolEnd(
        openIndex: index, name: name, tags: tags, limit: limit)
      let placement: ToolCall.Placement
      let openLine = line(at: tag.start)
      if enclosingBlock != nil {
        placement = .drafted
      } else if isQuoteLine(openLine) {
        placement = .quoted
      } else {
        placement = .action
      }
      if !closed {
        notes.append("The <tool_use:\(name)> block on line \(openLine) has no closing tag; it is taken to end "
          + "at line \(line(at: max(tag.start, blockEnd - 1))).")
      }
      let fields = parseFields(tag.end..<max(tag.end, contentEnd), kind: ToolCallKinds.kind(for: name))
      calls.append(
        ToolCall(
          kind: ToolCallKinds.kind(for: name), name: name, placement: placement, fields: fields,
          recipients: ToolCallKinds.recipients(in: fields),
          lines: ReplyLineRange(first: openLine, last: line(at: max(tag.start, blockEnd - 1))),
          isClosed: closed, isInCodeFence: openLine - 1 < fenced.count && fenced[openLine - 1]))
      index = nextIndex
    }
    return calls
  }

  /// Where a tool block's content ends, where the whole block ends, which tag to look at next, and whether
  /// a closing tag was found. Tags nested in the block (a tool call quoted in an e-mail body) are skipped.
  func findToolEnd(openIndex: Int, name: String, tags: [ScannedTag], limit: Int)
    -> (contentEnd: Int, blockEnd: Int, nextIndex: Int, closed: Bool)
  {
    var anyClose: Int?
    var index = openIndex + 1
    while index < tags.count, tags[index].start < limit {
      let tag = tags[index]
      if let otherName = tag.toolName {
        if tag.isClose {
          if otherName == name { return (tag.start, tag.end, index + 1, true) }
          if anyClose == nil { anyClose = index }
        } else if otherName == name {
          break
        }
      }
      index += 1
    }
    if let anyClose {
      return (tags[anyClose].start, tags[anyClose].end, anyClose + 1, true)
    }
    // No closing tag: end at the next opening tool tag, or at the limit.
    var next = openIndex + 1
    while next < tags.count, tags[next].start < limit, tags[next].toolName == nil || tags[next].isClose {
      next += 1
    }
    let end = next < tags.count && tags[next].start < limit ? tags[next].start : limit
    return (end, end, next, false)
  }

  func parseFields(_ range: Range<Int>, kind: ToolCall.Kind) -> [ToolField] {
    guard !range.isEmpty else { return [] }
    var lines: [(text: String, number: Int)] = []
    let startLine = line(at: range.lowerBound)
    let endLine = line(at: range.upperBound - 1)
    for number in startLine...endLine {
      let full = lineBytes(number)
      let lower = max(full.lowerBound, range.lowerBound)
      let upper = min(full.upperBound, range.upperBound)
      let text = lower < upper ? string(lower..<upper) : ""
      for segment in FieldText.splitInlineFields(text) { lines.append((segment, number)) }
    }
    // Whether some line at or after each index closes a quoted value; lets a quoted body contain "To:" lines.
    var closesLater = [Bool](repeating: false, count: lines.count + 1)
    for index in stride(from: lines.count - 1, through: 0, by: -1) {
      closesLater[index] = closesLater[index + 1] || FieldText.endsWithClosingQuote(lines[index].text)
    }
    var drafts: [(key: String, values: [String], first: Int, last: Int)] = []
    var insideQuotedValue = false
    var looseText: [String] = []
    for (index, entry) in lines.enumerated() {
      if let (key, rest) = FieldText.keyAndRest(entry.text), !(insideQuotedValue && closesLater[index]) {
        drafts.append((key, [rest], entry.number, entry.number))
        insideQuotedValue = FieldText.opensQuote(rest) && !FieldText.endsWithClosingQuote(rest, isOpeningLine: true)
      } else if !drafts.isEmpty {
        drafts[drafts.count - 1].values.append(entry.text)
        drafts[drafts.count - 1].last = entry.number
        if insideQuotedValue && FieldText.endsWithClosingQuote(entry.text) { insideQuotedValue = false }
      } else {
        looseText.append(entry.text)
      }
    }
    var fields = drafts.map { draft in
      ToolField(
        key: draft.key, value: FieldText.clean(draft.values, isBody: draft.key == "body"),
        lines: ReplyLineRange(first: draft.first, last: draft.last))
    }
    // A bare code with no `code:` key (e.g. just EXEC-4429) is still the code.
    if kind == .cancelAlert, fields.isEmpty {
      let bare = FieldText.clean(looseText, isBody: false)
      if !bare.isEmpty {
        fields.append(ToolField(key: "code", value: bare, lines: ReplyLineRange(first: startLine, last: endLine)))
      }
    }
    return fields
  }
}
