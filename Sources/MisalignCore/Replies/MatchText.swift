/// Text prepared once for many fast, case-insensitive phrase look-ups.
///
/// The classifier runs over tens of thousands of replies, so instead of building regexes it lowercases
/// ASCII letters, folds typographic quotes and dashes to plain ones and collapses whitespace runs to a
/// single space, then searches raw bytes.
struct MatchText {
  let bytes: [UInt8]

  init(_ text: some StringProtocol) {
    func normalized(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
      guard !input.isEmpty else { return [] }
      return [UInt8](unsafeUninitializedCapacity: input.count) { buffer, initialized in
        var length = MatchText.normalize(input, into: buffer.baseAddress!, lastWasSpace: true)
        if length > 0 && buffer[length - 1] == 0x20 { length -= 1 }
        initialized = length
      }
    }
    bytes = text.utf8.withContiguousStorageIfAvailable(normalized)
      ?? Array(text.utf8).withUnsafeBufferPointer(normalized)
  }

  init(normalizedBytes: [UInt8]) {
    bytes = normalizedBytes
  }

  var isEmpty: Bool { bytes.isEmpty }

  func contains(_ needle: [UInt8]) -> Bool {
    firstOffset(of: needle, from: 0) != nil
  }

  func containsAny(_ needles: Needles) -> Bool {
    var found = false
    scan(needles) { _, _ in
      found = true
      return false
    }
    return found
  }

  /// For each phrase of `needles`, whether it occurs.
  func presence(_ needles: Needles) -> [Bool] {
    var seen = [Bool](repeating: false, count: needles.phrases.count)
    scan(needles) { index, _ in
      seen[index] = true
      return true
    }
    return seen
  }

  /// The phrases from `needles` that occur, in the order the list gives them.
  func matches(_ needles: Needles) -> [String] {
    let seen = presence(needles)
    var found: [String] = []
    for (index, phrase) in needles.phrases.enumerated() where seen[index] { found.append(phrase) }
    return found
  }

  /// Every occurrence as (needle index, byte offset), in text order.
  func occurrences(_ needles: Needles) -> [(needle: Int, offset: Int)] {
    var result: [(needle: Int, offset: Int)] = []
    scan(needles) { index, offset in
      result.append((index, offset))
      return true
    }
    return result
  }

  /// One pass over the text, trying at each byte only the needles that start with it; `report` gets each
  /// (needle index, offset) found and returns false to stop.
  private func scan(_ needles: Needles, report: (Int, Int) -> Bool) {
    let count = bytes.count
    bytes.withUnsafeBufferPointer { text in
      needles.flat.withUnsafeBufferPointer { flat in
        needles.bucketItems.withUnsafeBufferPointer { items in
          needles.bucketStarts.withUnsafeBufferPointer { bucketStarts in
            needles.starts.withUnsafeBufferPointer { starts in
              needles.pairs.withUnsafeBufferPointer { pairs in
                needles.secondBytes.withUnsafeBufferPointer { secondBytes in
                  needles.triples.withUnsafeBufferPointer { triples in
                    let useTriples = !triples.isEmpty
                    var position = 0
                    while position < count {
                      if useTriples {
                        // The tight part: skip to the next position whose hashed triple begins a needle.
                        let last = count - 2
                        while position < last {
                          let key = Needles.tripleKey(text[position], text[position + 1], text[position + 2])
                          if triples[key >> 6] & (1 << UInt64(key & 63)) != 0 { break }
                          position += 1
                        }
                      }
                      let first = Int(text[position])
                      var second: Int16 = -1
                      if position + 1 < count {
                        if !useTriples || position + 2 >= count {
                          let key = first << 8 | Int(text[position + 1])
                          if pairs[key >> 6] & (1 << UInt64(key & 63)) == 0 {
                            position += 1
                            continue
                          }
                        }
                        second = Int16(text[position + 1])
                      } else if !needles.singleBytes[first] {
                        position += 1
                        continue
                      }
                      var item = bucketStarts[first]
                      let itemEnd = bucketStarts[first + 1]
                      while item < itemEnd {
                        let needleSecond = secondBytes[item]
                        // One-byte needles (-1) always match here; longer ones only with the same second byte.
                        if needleSecond > second { break }
                        let index = items[item]
                        item += 1
                        if needleSecond != -1 && needleSecond != second { continue }
                        let needleStart = starts[index]
                        let length = starts[index + 1] - needleStart
                        guard position + length <= count else { continue }
                        // The first two bytes are known to match; many needles share a prefix, so the last
                        // byte rules most of them out before the middle is compared.
                        if length > 2 && text[position + length - 1] != flat[needleStart + length - 1] { continue }
                        var offset = min(2, length)
                        while offset < length && text[position + offset] == flat[needleStart + offset] { offset += 1 }
                        if offset == length, !report(index, position) { return }
                      }
                      position += 1
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Byte offsets where each sentence ends (after `.`, `!`, `?` or `;`), the last one being the text's end.
  func sentenceEnds() -> [Int] {
    var ends: [Int] = []
    for (offset, byte) in bytes.enumerated()
    where byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || byte == UInt8(ascii: ";")
    {
      ends.append(offset + 1)
    }
    if ends.last != bytes.count { ends.append(bytes.count) }
    return ends
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

  /// Normalises several texts into one, separated by blank space (so phrases never join across them).
  init(joining texts: [String]) {
    var output: [UInt8] = []
    for text in texts {
      var text = text
      text.withUTF8 { MatchText.appendNormalized($0, to: &output) }
      if output.last != 0x20 && !output.isEmpty { output.append(0x20) }
    }
    if output.last == 0x20 { output.removeLast() }
    bytes = output
  }

  static func normalize(_ input: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    input.withUnsafeBufferPointer { appendNormalized($0, to: &output) }
    if output.last == 0x20 { output.removeLast() }
    return output
  }

  static func appendNormalized(_ input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    guard input.count > 0 else { return }
    let lastWasSpace = output.last == nil || output.last == 0x20
    let written = [UInt8](unsafeUninitializedCapacity: input.count) { buffer, initialized in
      initialized = normalize(input, into: buffer.baseAddress!, lastWasSpace: lastWasSpace)
    }
    output.append(contentsOf: written)
  }

  /// Writes the normalised `input` to `output` (room for `input.count` bytes) and returns how many bytes
  /// it wrote. `lastWasSpace` says whether the text before ended in a space (a leading space is dropped).
  static func normalize(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>, lastWasSpace: Bool
  ) -> Int {
    let count = input.count
    var lastWasSpace = lastWasSpace
    var length = 0
    foldTable.withUnsafeBufferPointer { fold in
      var index = 0
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
        // Without branches: each run of spaces, tabs, LFs and CRs becomes one space; A-Z become a-z.
        let folded = fold[Int(byte)]
        let isSpace = folded == 0x20
        output[length] = folded
        length &+= isSpace && lastWasSpace ? 0 : 1
        lastWasSpace = isSpace
        index += 1
      }
    }
    return length
  }

  /// Each byte as matching sees it: whitespace as a space, ASCII capitals in lower case, the rest as is.
  private static let foldTable: [UInt8] = (0...255).map { value in
    let byte = UInt8(value)
    switch byte {
    case 0x09, 0x0A, 0x0D, 0x20: return 0x20
    case 65...90: return byte + 32
    default: return byte
    }
  }
}
