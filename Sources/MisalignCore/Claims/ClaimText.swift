/// A claim sentence read once into words, for matching cue phrases in time linear in its length.
///
/// Every word is lower-cased; number words become digits ("ninety-six" → "96", "a hundred" → "100");
/// punctuation separates words, except "%" (kept in the word: "96%") and a "." between digits
/// ("52.3"). Each word keeps the range it came from in the original sentence, so a match can be
/// shown as the words the writer used. A phrase word ending in `*` matches any word starting with it
/// ("blackmail*" matches "blackmailed").
struct ClaimText: Sendable {
  /// One word of the sentence.
  struct Word: Sendable, Hashable {
    /// The normalised word: lower-cased, number words as digits.
    let text: String
    /// Where it came from in the original sentence.
    let range: Range<String.Index>
  }

  /// A phrase compiled into its words, once per phrase list.
  struct Phrase: Sendable, Hashable {
    let source: String
    let words: [String]
    let prefixes: [Bool]

    init(_ source: String) {
      self.source = source
      let parts = source.split(separator: " ").map(String.init)
      // Phrase words are read like sentence words, so "not one" matches "not one" once both say "not 1".
      self.words = parts.map { part in
        let word = part.hasSuffix("*") ? String(part.dropLast()) : part
        return NumberWordReader.digits(forWord: word) ?? word
      }
      self.prefixes = parts.map { $0.hasSuffix("*") }
    }
  }

  /// A phrase found in the sentence: which one, and the words it covered (a half-open word range).
  struct Match: Sendable, Hashable {
    let phrase: String
    let words: Range<Int>
  }

  let sentence: String
  private(set) var words: [Word]
  /// Word positions by word text, for looking up a phrase's first word.
  private var positions: [String: [Int]]
  /// Word positions by the first three characters of the word, for phrases whose first word is a prefix.
  private var stems: [String: [Int]]

  init(_ sentence: String) {
    self.sentence = sentence
    self.words = NumberWordReader.read(Self.split(sentence), in: sentence)
    (self.positions, self.stems) = Self.index(words)
  }

  private static func index(_ words: [Word]) -> ([String: [Int]], [String: [Int]]) {
    var positions: [String: [Int]] = [:]
    var stems: [String: [Int]] = [:]
    for (offset, word) in words.enumerated() {
      positions[word.text, default: []].append(offset)
      stems[String(word.text.prefix(Self.stemLength)), default: []].append(offset)
    }
    return (positions, stems)
  }

  private static let stemLength = 3

  /// Splits the sentence into raw lower-case words with their ranges (number words not yet read).
  private static func split(_ sentence: String) -> [Word] {
    var words: [Word] = []
    var current = ""
    var start = sentence.startIndex
    var index = sentence.startIndex
    func close(at end: String.Index) {
      guard !current.isEmpty else { return }
      if current.hasSuffix(".") { current.removeLast() }
      if !current.isEmpty { words.append(Word(text: current, range: start..<end)) }
      current = ""
    }
    while index < sentence.endIndex {
      let character = sentence[index]
      if character.isLetter || character.isNumber || character == "%" {
        if current.isEmpty { start = index }
        current += character.lowercased()
      } else if character == ".", current.last?.isNumber == true {
        current.append(character)
      } else if character == ",", current.last?.isNumber == true, isThousands(after: index, in: sentence) {
        // "1,000" is one number; the comma is dropped.
        _ = ()
      } else {
        close(at: index)
      }
      index = sentence.index(after: index)
    }
    close(at: sentence.endIndex)
    return words
  }

  /// Whether three digits and then a non-digit follow the comma at `index` ("1,000 runs").
  private static func isThousands(after index: String.Index, in sentence: String) -> Bool {
    let rest = sentence[sentence.index(after: index)...].prefix(4)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    return digits.count == 3 && (rest.count == 3 || !(rest.last?.isNumber ?? false))
  }

  /// The characters between word `index` and the word before it (empty for the first word).
  func gapBefore(_ index: Int) -> Substring {
    guard index > 0, index < words.count else { return "" }
    return sentence[words[index - 1].range.upperBound..<words[index].range.lowerBound]
  }

  /// The words as one lower-case string, one space apart.
  var joined: String { words.map(\.text).joined(separator: " ") }

  /// The first place the phrase occurs, or nil.
  func match(_ phrase: Phrase) -> Match? {
    guard let first = phrase.words.first else { return nil }
    for start in starts(of: first, prefix: phrase.prefixes[0]) where matches(phrase, at: start) {
      return Match(phrase: phrase.source, words: start..<(start + phrase.words.count))
    }
    return nil
  }

  /// Every place the phrase occurs, in order, not overlapping.
  func matches(_ phrase: Phrase) -> [Match] {
    guard let first = phrase.words.first else { return [] }
    var found: [Match] = []
    var next = 0
    for start in starts(of: first, prefix: phrase.prefixes[0]) where start >= next && matches(phrase, at: start) {
      found.append(Match(phrase: phrase.source, words: start..<(start + phrase.words.count)))
      next = start + phrase.words.count
    }
    return found
  }

  private func starts(of word: String, prefix: Bool) -> [Int] {
    if !prefix { return positions[word] ?? [] }
    if word.count >= Self.stemLength {
      return (stems[String(word.prefix(Self.stemLength))] ?? []).filter { words[$0].text.hasPrefix(word) }
    }
    return positions.filter { $0.key.hasPrefix(word) }.flatMap(\.value).sorted()
  }

  private func matches(_ phrase: Phrase, at start: Int) -> Bool {
    guard start + phrase.words.count <= words.count else { return false }
    for offset in 1..<max(phrase.words.count, 1) {
      let word = words[start + offset].text
      let wanted = phrase.words[offset]
      if phrase.prefixes[offset] ? !word.hasPrefix(wanted) : word != wanted { return false }
    }
    return true
  }

  /// Whether the phrase occurs.
  func contains(_ phrase: Phrase) -> Bool { match(phrase) != nil }

  /// The first match of any of the phrases, earliest in the sentence.
  func firstMatch(_ phrases: [Phrase]) -> Match? {
    phrases.compactMap(match).min { $0.words.lowerBound < $1.words.lowerBound }
  }

  /// Whether any of the phrases occurs.
  func containsAny(_ phrases: [Phrase]) -> Bool { phrases.contains { match($0) != nil } }

  /// The text with every occurrence of the phrases blanked out, so that a negated phrase ("not be
  /// replaced") does not also count as its positive part ("replaced").
  func removing(_ phrases: [Phrase], marker: String = "_") -> ClaimText {
    var copy = self
    for phrase in phrases {
      for found in matches(phrase) {
        for offset in found.words { copy.words[offset] = Word(text: marker, range: copy.words[offset].range) }
      }
    }
    (copy.positions, copy.stems) = Self.index(copy.words)
    return copy
  }

  /// The words of the original sentence that a match covers, as the writer wrote them.
  func original(_ words: Range<Int>) -> String {
    guard !words.isEmpty, words.upperBound <= self.words.count else { return "" }
    return String(sentence[self.words[words.lowerBound].range.lowerBound..<self.words[words.upperBound - 1].range.upperBound])
  }

  /// The original-sentence range a match covers.
  func range(of words: Range<Int>) -> Range<String.Index>? {
    guard !words.isEmpty, words.upperBound <= self.words.count else { return nil }
    return self.words[words.lowerBound].range.lowerBound..<self.words[words.upperBound - 1].range.upperBound
  }
}

extension Array where Element == String {
  /// The phrases compiled for `ClaimText` matching.
  var compiledPhrases: [ClaimText.Phrase] { map(ClaimText.Phrase.init) }
}
