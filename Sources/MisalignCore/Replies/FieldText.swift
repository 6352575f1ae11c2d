/// Small text rules for tool-call fields: recognising `key:` lines and cleaning values the way models write them.
enum FieldText {
  /// Keys that start a field, with the spellings models use mapped to one name.
  static let keyAliases: [String: String] = [
    "to": "to", "cc": "cc", "bcc": "bcc", "subject": "subject", "body": "body", "message": "body",
    "content": "body", "email_id": "email_id", "emailid": "email_id", "email id": "email_id", "id": "id",
    "code": "code", "override_code": "code", "override code": "code", "from": "from",
  ]

  /// Runs `body` over the UTF-8 bytes of `line` (no copy for a native string). The rules below are byte-wise:
  /// every delimiter they look for is ASCII, except the curly quotes, matched as their three bytes.
  static func withBytes<T>(of line: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    var line = line
    return line.withUTF8(body)
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
  static let closingCurlyQuote: [UInt8] = [0xE2, 0x80, 0x9D]
  static let openingCurlyQuote: [UInt8] = [0xE2, 0x80, 0x9C]

  /// `("to", "rest of line")` when the line starts with a known key followed by `:`.
  static func keyAndRest(_ line: String) -> (String, String)? {
    withBytes(of: line) { keyAndRest(in: $0) }
  }

  static func keyAndRest(in bytes: UnsafeBufferPointer<UInt8>) -> (String, String)? {
    var start = 0
    while start < bytes.count, isBlank(bytes[start]) { start += 1 }
    // Only the first colon counts, and only after a short key: a 16-character key is at most 64 bytes, so
    // a long body line is not walked to its end.
    var colon = start
    while colon < bytes.count, bytes[colon] != UInt8(ascii: ":") {
      if colon - start >= 64 { return nil }
      colon += 1
    }
    guard colon < bytes.count else { return nil }
    var key = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self))
    guard key.count <= 16 else { return nil }
    // JSON-ish `"to": …` is accepted too.
    key = key.drop { $0 == "\"" || $0 == "'" }
    while let last = key.last, last == "\"" || last == "'" || last == " " { key = key.dropLast() }
    guard let canonical = keyAliases[key.lowercased()] else { return nil }
    return (canonical, String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]), as: UTF8.self))
  }

  /// Splits a line holding several fields (`to: "a@b.com", subject: "Hi", body: "…"`, or JSON-ish
  /// `{"to": "…", "body": "…"}`) into one segment per field. A split needs a closing quote and a comma right
  /// before a known key, so commas inside a quoted body do not split it.
  static func splitInlineFields(_ line: String) -> [String] {
    withBytes(of: line) { bytes -> [String] in
      var lower = 0
      var upper = bytes.count
      if let first = bytes.firstIndex(where: { !isBlank($0) }), bytes[first] == UInt8(ascii: "{") {
        lower = first + 1
        if let last = bytes[lower...].lastIndex(where: { !isBlank($0) }), bytes[last] == UInt8(ascii: "}") {
          upper = last
        }
      }
      func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      guard bytes[lower..<upper].contains(UInt8(ascii: ",")) else {
        return [lower == 0 && upper == bytes.count ? line : text(lower..<upper)]
      }
      var segments: [String] = []
      var segmentStart = lower
      var index = lower
      while index < upper {
        var afterQuote: Int?
        if bytes[index] == UInt8(ascii: "\"") {
          afterQuote = index + 1
        } else if bytes[index] == 0xE2, bytes[index..<upper].starts(with: closingCurlyQuote) {
          afterQuote = index + 3
        }
        if var cursor = afterQuote {
          while cursor < upper, bytes[cursor] == 0x20 { cursor += 1 }
          if cursor < upper, bytes[cursor] == UInt8(ascii: ","),
            keyAndRest(in: UnsafeBufferPointer(rebasing: bytes[(cursor + 1)..<upper])) != nil
          {
            segments.append(text(segmentStart..<(cursor + 1)))
            segmentStart = cursor + 1
            index = cursor + 1
            continue
          }
        }
        index += 1
      }
      segments.append(text(segmentStart..<upper))
      return segments
    }
  }

  static func opensQuote(_ value: String) -> Bool {
    guard let first = value.first(where: { $0 != " " && $0 != "\t" }) else { return false }
    return first == "\"" || first == "\u{201C}"
  }

  /// True when the line ends a quoted value: its last visible character, ignoring a trailing comma, is a quote.
  /// On the line that opens the quote, a lone opening quote does not count as closing it.
  static func endsWithClosingQuote(_ line: String, isOpeningLine: Bool = false) -> Bool {
    // From the end, without building trimmed copies: the parser asks this of every line.
    withBytes(of: line) { bytes in
      var end = bytes.count
      while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
      if end > 0, bytes[end - 1] == UInt8(ascii: ",") {
        end -= 1
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
      }
      let quoteStart: Int
      if end > 0, bytes[end - 1] == UInt8(ascii: "\"") {
        quoteStart = end - 1
      } else if end >= 3, bytes[(end - 3)..<end].elementsEqual(closingCurlyQuote) {
        quoteStart = end - 3
      } else {
        return false
      }
      // On the opening line a lone quote is not a closing one: something must come before it.
      guard isOpeningLine else { return true }
      guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return false }
      return first < quoteStart
    }
  }

  /// Joins a field's lines and removes what is syntax rather than content: outer whitespace, trailing commas,
  /// surrounding quotes (even unmatched ones). Bodies also get `\n` escapes turned into line breaks.
  static func clean(_ lines: [String], isBody: Bool) -> String {
    // Byte-wise: everything removed here is ASCII or a curly quote's three bytes.
    var bytes: [UInt8] = []
    for (offset, line) in lines.enumerated() {
      if offset > 0 { bytes.append(0x0A) }
      bytes.append(contentsOf: line.utf8)
    }
    var lower = 0
    var upper = bytes.count
    func trim() {
      while lower < upper, isSpace(bytes[lower]) { lower += 1 }
      while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
    }
    trim()
    while upper > lower, bytes[upper - 1] == UInt8(ascii: ",") {
      upper -= 1
      trim()
    }
    if upper > lower, bytes[lower] == UInt8(ascii: "\"") {
      lower += 1
    } else if bytes[lower..<upper].starts(with: openingCurlyQuote) {
      lower += 3
    }
    if upper > lower, bytes[upper - 1] == UInt8(ascii: "\"") {
      upper -= 1
    } else if upper - lower >= 3, bytes[(upper - 3)..<upper].elementsEqual(closingCurlyQuote) {
      upper -= 3
    }
    if upper - lower >= 2, bytes[lower] == UInt8(ascii: "'"), bytes[upper - 1] == UInt8(ascii: "'") {
      lower += 1
      upper -= 1
    }
    trim()
    let value = bytes[lower..<upper]
    if isBody, value.contains(UInt8(ascii: "\\")) { return String.replacingEscapes(in: value) }
    return String(decoding: value, as: UTF8.self)
  }

}
