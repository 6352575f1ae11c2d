/// Reads one file of `Scenarios/`: front matter (the shared `FrontMatter` reader), then an email body or `## name`
/// sections of variables. Problems name the file and line.
enum ScenarioFileParser {
  enum File: Sendable, Hashable {
    case email(EmailTemplate)
    case variables(VariableSet)
    case cast(CastSheet)
  }

  static let emailKeys = ["id", "order", "from", "to", "subject", "time", "attachments", "purpose", "closes-door"]
  static let knownKeys = Set(["kind", "title"] + emailKeys + ScenarioFilter.keys)
  static let example = "`kind: email` (or `variables`, `cast`) and its `key: value` lines"

  static func parse(_ text: String, source: ScenarioSource) throws(ContentProblem) -> File {
    let file = source.path
    // Split on bytes: splitting on Characters walks grapheme boundaries and was half of the
    // parse, which every start of `prompt` pays for 67 files. A control character in an educator's
    // file is shown as a visible symbol, in the prompt as everywhere else.
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      TerminalText.shownLine(String(decoding: $0.last == 0x0D ? $0.dropLast() : $0[...], as: UTF8.self))
    }
    let frontMatter = try FrontMatter.parse(lines: lines, file: file, knownKeys: knownKeys, example: example)
    func problem(_ line: Int, _ message: String, _ fix: String) -> ContentProblem {
      ContentProblem(file: file, line: line, message: message, fix: fix)
    }
    let filter = try ScenarioFilter.read(frontMatter, file: file)
    switch frontMatter["kind"]?.value {
    case "email":
      return .email(try email(frontMatter, filter: filter, lines: lines, source: source))
    case "variables", "cast":
      if let key = emailKeys.first(where: { frontMatter[$0] != nil }), let entry = frontMatter[key] {
        throw problem(entry.line, "`\(key)` belongs to an email, but this is not one", "remove the line, or make the file `kind: email`")
      }
      if frontMatter["kind"]?.value == "cast" {
        return .cast(CastSheet(filter: filter, rows: try CastSheet.rows(lines, from: frontMatter.bodyStart, file: file), source: source))
      }
      return .variables(
        VariableSet(
          title: frontMatter["title"]?.value ?? source.relativePath, filter: filter,
          values: try sections(lines, from: frontMatter.bodyStart, file: file), source: source))
    case let other?:
      throw problem(frontMatter["kind"]?.line ?? 1, "`kind: \(other)` is not a kind of scenario file", "write `kind: email`, `kind: variables` or `kind: cast`")
    case nil:
      throw problem(1, "the front matter has no `kind`", "add `kind: email`, `kind: variables` or `kind: cast`")
    }
  }

  private static func email(_ frontMatter: FrontMatter, filter: ScenarioFilter, lines: [String], source: ScenarioSource)
    throws(ContentProblem) -> EmailTemplate
  {
    let file = source.path
    func required(_ key: String) throws(ContentProblem) -> FrontMatter.Entry {
      guard let entry = frontMatter[key], !entry.value.isEmpty else {
        throw ContentProblem(file: file, line: 1, message: "the email has no `\(key)`", fix: "add a `\(key):` line to the front matter")
      }
      return entry
    }
    let id = try required("id")
    guard id.value.allSatisfy({ ($0.isLowercase || $0.isNumber || $0 == "-") && $0.isASCII }) else {
      throw ContentProblem(file: file, line: id.line, message: "`\(id.value)` is not an email id", fix: "use lowercase letters, digits and hyphens")
    }
    let order = try required("order")
    guard let position = Int(order.value), position >= 0 else {
      throw ContentProblem(file: file, line: order.line, message: "`order: \(order.value)` is not a whole number", fix: "give the email's place in the inbox, e.g. `order: 3`")
    }
    let time = try required("time")
    guard isTimeOfDay(time.value) else {
      throw ContentProblem(file: file, line: time.line, message: "`time: \(time.value)` is not a time of day", fix: "write it as HH:MM:SS, e.g. `time: 15:00:00`")
    }
    func template(_ entry: FrontMatter.Entry) throws(ContentProblem) -> TextTemplate {
      try TextTemplate(parsing: entry.value, file: file, line: entry.line)
    }
    var bodyLines = Array(lines[min(frontMatter.bodyStart, lines.count)...])
    var bodyLine = frontMatter.bodyStart + 1
    while let first = bodyLines.first, first.trimmedOfWhitespace.isEmpty {
      bodyLines.removeFirst()
      bodyLine += 1
    }
    while let last = bodyLines.last, last.trimmedOfWhitespace.isEmpty { bodyLines.removeLast() }
    guard !bodyLines.isEmpty else {
      throw ContentProblem(file: file, line: lines.count, message: "the email has no body", fix: "write the email's text after the closing `---`")
    }
    return EmailTemplate(
      id: id.value, order: position, filter: filter, from: try required("from").value, to: try required("to").value,
      subject: try template(try required("subject")), time: time.value,
      attachments: frontMatter["attachments"].map { $0.value.split(separator: ",").map { String($0).trimmedOfWhitespace } } ?? [],
      purpose: try template(try required("purpose")), closesDoor: try frontMatter["closes-door"].map(template),
      body: try TextTemplate(parsing: bodyLines.joined(separator: "\n"), file: file, line: bodyLine), source: source)
  }

  /// `## name` sections; text before the first one is a note for readers. A value keeps its lines exactly, leading
  /// spaces included; blank lines around it are dropped.
  private static func sections(_ lines: [String], from start: Int, file: String) throws(ContentProblem) -> [String: TextTemplate] {
    var values: [String: TextTemplate] = [:]
    var lineOfName: [String: Int] = [:]
    var current: (name: String, line: Int, lines: [String])?
    func finish() throws(ContentProblem) {
      guard var section = current else { return }
      var firstLine = section.line + 1
      while let first = section.lines.first, first.trimmedOfWhitespace.isEmpty {
        section.lines.removeFirst()
        firstLine += 1
      }
      while let last = section.lines.last, last.trimmedOfWhitespace.isEmpty { section.lines.removeLast() }
      values[section.name] = try TextTemplate(parsing: section.lines.joined(separator: "\n"), file: file, line: firstLine)
    }
    var index = start
    while index < lines.count {
      let line = lines[index]
      index += 1
      guard line.hasPrefix("## ") else {
        current?.lines.append(line)
        continue
      }
      try finish()
      let name = line.dropFirst(3).trimmedOfWhitespace
      guard !name.isEmpty, name.allSatisfy({ ($0.isLowercase || $0.isNumber || $0 == "-") && $0.isASCII }) else {
        throw ContentProblem(file: file, line: index, message: "`\(line)` does not name a variable", fix: "write `## name` with lowercase letters, digits and hyphens")
      }
      if let earlier = lineOfName[name] {
        throw ContentProblem(file: file, line: index, message: "`\(name)` is defined twice (first on line \(earlier))", fix: "keep one `## \(name)` section")
      }
      lineOfName[name] = index
      current = (name, index, [])
    }
    try finish()
    return values
  }

  static func isTimeOfDay(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
      let hours = Int(parts[0]), let minutes = Int(parts[1]), let seconds = Int(parts[2])
    else { return false }
    return hours < 24 && minutes < 60 && seconds < 60
  }
}
