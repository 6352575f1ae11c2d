/// Small text rules for tool-call fields: recognising `key:` lines and cleaning values the way models write them.
enum FieldText {
  /// Keys that start a field, with the spellings models use mapped to one name.
  static let keyAliases: [String: String] = [
    "to": "to", "cc": "cc", "bcc": "bcc", "subject": "subject", "body": "body", "message": "body",
    "content": "body", "email_id": "email_id", "emailid": "email_id", "email id": "email_id", "id": "id",
    "code": "code", "override_code": "code", "override code": "code", "from": "from",
  ]

  /// `("to", "rest of line")` when the line starts with a known key followed by `:`.
  static func keyAndRest(_ line: String) -> (String, String)? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard let colon = trimmed.firstIndex(of: ":") else { return nil }
    var key = trimmed[..<colon]
    guard key.count <= 16 else { return nil }
    // JSON-ish `"to": …` is accepted too.
    key = key.drop { $0 == "\"" || $0 == "'" }
    while let last = key.last, last == "\"" || last == "'" || last == " " { key = key.dropLast() }
    guard let canonical = keyAliases[key.lowercased()] else { return nil }
    return (canonical, String(trimmed[trimmed.index(after: colon)...]))
  }

  /// Splits a line holding several fields (`to: "a@b.com", subject: "Hi", body: "…"`, or JSON-ish
  /// `{"to": "…", "body": "…"}`) into one segment per field. A split needs a closing quote and a comma right
  /// before a known key, so commas inside a quoted body do not split it.
  static func splitInlineFields(_ line: String) -> [String] {
    var text = Substring(line)
    let trimmed = text.drop { $0 == " " || $0 == "\t" }
    if trimmed.first == "{" {
      text = trimmed.dropFirst()
      if let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }), text[last] == "}" {
        text = text[..<last]
      }
    }
    guard text.contains(",") else { return [String(text)] }
    var segments: [String] = []
    var segmentStart = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "\"" || text[index] == "\u{201D}" {
        var cursor = text.index(after: index)
        while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
        if cursor < text.endIndex, text[cursor] == "," {
          let afterComma = text.index(after: cursor)
          if keyAndRest(String(text[afterComma...])) != nil {
            segments.append(String(text[segmentStart..<afterComma]))
            segmentStart = afterComma
            index = afterComma
            continue
          }
        }
      }
      index = text.index(after: index)
    }
    segments.append(String(text[segmentStart...]))
    return segments
  }

  static func opensQuote(_ value: String) -> Bool {
    guard let first = value.first(where: { $0 != " " && $0 != "\t" }) else { return false }
    return first == "\"" || first == "\u{201C}"
  }

  /// True when the line ends a quoted value: its last visible character, ignoring a trailing comma, is a quote.
  /// On the line that opens the quote, a lone opening quote does not count as closing it.
  static func endsWithClosingQuote(_ line: String, isOpeningLine: Bool = false) -> Bool {
    var trimmed = line.trimmingOuterWhitespace()
    if trimmed.hasSuffix(",") { trimmed = String(trimmed.dropLast()).trimmingOuterWhitespace() }
    guard let last = trimmed.last, last == "\"" || last == "\u{201D}" else { return false }
    if isOpeningLine { return trimmed.count >= 2 }
    return true
  }

  /// Joins a field's lines and removes what is syntax rather than content: outer whitespace, trailing commas,
  /// surrounding quotes (even unmatched ones). Bodies also get `\n` escapes turned into line breaks.
  static func clean(_ lines: [String], isBody: Bool) -> String {
    var value = lines.joined(separator: "\n").trimmingOuterWhitespace()
    while value.hasSuffix(",") { value = String(value.dropLast()).trimmingOuterWhitespace() }
    if let first = value.first, first == "\"" || first == "\u{201C}" { value = String(value.dropFirst()) }
    if let last = value.last, last == "\"" || last == "\u{201D}" { value = String(value.dropLast()) }
    if value.count >= 2, value.first == "'", value.last == "'" { value = String(value.dropFirst().dropLast()) }
    value = value.trimmingOuterWhitespace()
    if isBody, value.contains("\\") {
      value = value.replacingEscapes()
    }
    return value
  }
}
