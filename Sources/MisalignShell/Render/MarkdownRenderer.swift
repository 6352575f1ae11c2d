/// Renders the small Markdown subset used by lessons, notes and claims for the terminal:
/// headings, paragraphs (wrapped), `-`/`1.` lists, `>` quotes, fenced code, **bold**, *italic* and
/// `code`. With colour off the markers are dropped, not shown raw.
public struct MarkdownRenderer: Sendable {
  public var style: Style
  public var width: Int
  public var plain: Bool

  public init(style: Style, width: Int, plain: Bool) {
    self.style = style
    self.width = width
    self.plain = plain
  }

  public func render(_ markdown: String, indent: String = "") -> String {
    var out: [String] = []
    var paragraph: [String] = []
    var inFence = false

    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      out.append(TextWrapper.wrap(inline(paragraph.joined(separator: " ")), width: width, indent: indent))
      paragraph.removeAll()
    }

    for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(rawLine)
      let trimmed = line.trimmingWhitespace()
      if trimmed.hasPrefix("```") {
        flushParagraph()
        inFence.toggle()
        continue
      }
      if inFence {
        out.append(indent + "    " + style.cyan(line))
        continue
      }
      if trimmed.isEmpty {
        flushParagraph()
        if out.last != "" && !out.isEmpty { out.append("") }
        continue
      }
      if trimmed.hasPrefix("#") {
        flushParagraph()
        let text = trimmed.drop { $0 == "#" }.trimmingPrefixSpaces()
        out.append(indent + style.bold(inline(text)))
        continue
      }
      if trimmed.hasPrefix("> ") || trimmed == ">" {
        flushParagraph()
        let text = String(trimmed.dropFirst(1)).trimmingPrefixSpaces()
        let bar = plain ? "  " : "│ "
        out.append(TextWrapper.wrap(style.dim(bar) + inline(text), width: width, indent: indent))
        continue
      }
      if let item = listItem(trimmed) {
        flushParagraph()
        let leading = String(line.prefix { $0 == " " })
        out.append(TextWrapper.wrap(leading + item.marker + inline(item.text), width: width, indent: indent))
        continue
      }
      if line.hasPrefix("    ") {
        flushParagraph()
        out.append(indent + line)
        continue
      }
      paragraph.append(trimmed)
    }
    flushParagraph()
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n")
  }

  private func listItem(_ line: String) -> (marker: String, text: String)? {
    for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
      return (plain ? "- " : "• ", String(line.dropFirst(2)))
    }
    if let dot = line.firstIndex(of: "."), !line[..<dot].isEmpty, line[..<dot].allSatisfy(\.isNumber),
      line[line.index(after: dot)...].hasPrefix(" ")
    {
      return (String(line[...dot]) + " ", String(line[line.index(dot, offsetBy: 2)...]))
    }
    return nil
  }

  /// Inline emphasis and code spans.
  public func inline(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var index = text.startIndex
    // Text between markers is copied in runs, not a Character at a time: this ran for every
    // paragraph `condition` prints and was a quarter of a 234-condition script.
    var plainStart = index
    func take(_ rendered: String, resumingAt next: String.Index) {
      out += text[plainStart..<index]
      out += rendered
      index = next
      plainStart = next
    }
    while index < text.endIndex {
      let character = text[index]
      guard character == "*" || character == "`" else {
        index = text.index(after: index)
        continue
      }
      let rest = text[index...]
      if rest.hasPrefix("**"), let close = rest.dropFirst(2).firstRange(of: "**") {
        take(style.bold(String(rest[rest.index(index, offsetBy: 2)..<close.lowerBound])), resumingAt: close.upperBound)
      } else if character == "`", let close = rest.dropFirst().firstIndex(of: "`") {
        let code = String(rest[rest.index(after: index)..<close])
        take(style.enabled ? style.cyan(code) : "`\(code)`", resumingAt: rest.index(after: close))
      } else if character == "*", !rest.hasPrefix("* "), let close = rest.dropFirst().firstIndex(of: "*"),
        close > rest.index(after: index)
      {
        take(style.apply(.italic, String(rest[rest.index(after: index)..<close])), resumingAt: rest.index(after: close))
      } else {
        index = text.index(after: index)
      }
    }
    out += text[plainStart..<text.endIndex]
    return out
  }
}

extension Substring {
  func trimmingPrefixSpaces() -> String { String(drop { $0 == " " }) }
}

extension String {
  func trimmingPrefixSpaces() -> String { String(drop { $0 == " " }) }
}
