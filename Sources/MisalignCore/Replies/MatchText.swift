/// Text prepared once for many fast, case-insensitive phrase look-ups.
///
/// The classifier runs over tens of thousands of replies, so instead of building regexes it lowercases
/// ASCII letters, folds typographic quotes and dashes to plain ones and collapses whitespace runs to a
/// single space, then searches raw bytes.
struct MatchText {
  let bytes: [UInt8]

  init(_ text: some StringProtocol) {
    bytes = MatchText.normalize(Array(text.utf8))
  }

  init(normalizedBytes: [UInt8]) {
    bytes = normalizedBytes
  }

  var isEmpty: Bool { bytes.isEmpty }

  func contains(_ needle: [UInt8]) -> Bool {
    firstOffset(of: needle, from: 0) != nil
  }

  func containsAny(_ needles: Needles) -> Bool {
    needles.bytes.contains { contains($0) }
  }

  /// The phrases from `needles` that occur, in the order the list gives them.
  func matches(_ needles: Needles) -> [String] {
    var found: [String] = []
    for (index, needle) in needles.bytes.enumerated() where contains(needle) {
      found.append(needles.phrases[index])
    }
    return found
  }

  func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
    let count = bytes.count
    let needleCount = needle.count
    guard needleCount > 0, needleCount <= count, start <= count - needleCount else { return nil }
    let first = needle[0]
    var index = start
    let lastStart = count - needleCount
    while index <= lastStart {
      if bytes[index] == first {
        var offset = 1
        while offset < needleCount && bytes[index + offset] == needle[offset] { offset += 1 }
        if offset == needleCount { return index }
      }
      index += 1
    }
    return nil
  }

  /// Splits into sentences at `.`, `!`, `?` and `;` so nearby clauses can be checked together.
  func sentences() -> [MatchText] {
    var result: [MatchText] = []
    var current: [UInt8] = []
    for byte in bytes {
      current.append(byte)
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        || byte == UInt8(ascii: ";")
      {
        result.append(MatchText(normalizedBytes: current))
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { result.append(MatchText(normalizedBytes: current)) }
    return result
  }

  static func normalize(_ input: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var lastWasSpace = true
    var index = 0
    let count = input.count
    while index < count {
      var byte = input[index]
      // U+2018/2019 (curly single quotes) → ', U+201C/201D → ", U+2013/2014 (dashes) → -
      if byte == 0xE2, index + 2 < count, input[index + 1] == 0x80 {
        switch input[index + 2] {
        case 0x98, 0x99: byte = UInt8(ascii: "'")
        case 0x9C, 0x9D: byte = UInt8(ascii: "\"")
        case 0x93, 0x94: byte = UInt8(ascii: "-")
        default: break
        }
        if byte != 0xE2 { index += 2 }
      }
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        if !lastWasSpace { output.append(0x20) }
        lastWasSpace = true
      } else {
        output.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        lastWasSpace = false
      }
      index += 1
    }
    if output.last == 0x20 { output.removeLast() }
    return output
  }
}

/// A fixed list of lowercase phrases, converted to bytes once.
struct Needles: Sendable {
  let phrases: [String]
  let bytes: [[UInt8]]

  init(_ phrases: [String]) {
    self.phrases = phrases
    bytes = phrases.map { MatchText.normalize(Array($0.utf8)) }
  }
}
