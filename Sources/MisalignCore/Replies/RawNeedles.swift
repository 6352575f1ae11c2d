/// Lowercase ASCII words searched for in raw UTF-8, ignoring ASCII case, without normalising the text.
///
/// Used where whitespace folding is not needed (single words, codes), so the text is never copied.
struct RawNeedles: Sendable {
  let words: [[UInt8]]
  /// Which bytes (either case) can start one of the words; lets the scan skip most positions at once.
  let isFirstByte: [Bool]

  init(_ words: [String]) {
    self.words = words.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
    var table = [Bool](repeating: false, count: 256)
    for word in self.words {
      table[Int(word[0])] = true
      if word[0] >= 97 && word[0] <= 122 { table[Int(word[0] - 32)] = true }
    }
    isFirstByte = table
  }

  /// For each word, whether it occurs in `text`; one pass over the text.
  func presence(in text: String) -> [Bool] {
    var found = [Bool](repeating: false, count: words.count)
    var remaining = words.count
    guard remaining > 0 else { return found }
    var text = text
    text.withUTF8 { buffer in
      let count = buffer.count
      var start = 0
      while start < count && remaining > 0 {
        defer { start += 1 }
        guard isFirstByte[Int(buffer[start])] else { continue }
        for index in 0..<words.count where !found[index] {
          let word = words[index]
          guard start + word.count <= count else { continue }
          var offset = 0
          while offset < word.count {
            var byte = buffer[start + offset]
            if byte >= 65 && byte <= 90 { byte += 32 }
            if byte != word[offset] { break }
            offset += 1
          }
          if offset == word.count {
            found[index] = true
            remaining -= 1
          }
        }
      }
    }
    return found
  }

  /// Whether any word occurs in `text`.
  func occurs(in text: String) -> Bool { presence(in: text).contains(true) }
}
