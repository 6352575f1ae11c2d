/// A sentence reduced to lower-case words separated by single spaces, for matching cue phrases.
///
/// Punctuation becomes a space so "blackmail," and "blackmail" match alike; a phrase ending in `*`
/// matches any word starting with its last word ("blackmail*" matches "blackmailed").
struct PhraseText: Sendable {
  /// The words joined by single spaces, padded with one space at each end.
  let padded: String

  init(_ sentence: String) {
    var words: [String] = []
    var current = ""
    for character in sentence.lowercased() {
      if character.isLetter || character.isNumber || character == "%" {
        current.append(character)
      } else if character == "." && current.last?.isNumber == true {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current.hasSuffix(".") ? String(current.dropLast()) : current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current.hasSuffix(".") ? String(current.dropLast()) : current) }
    padded = " " + words.joined(separator: " ") + " "
  }

  private init(padded: String) {
    self.padded = padded
  }

  /// The text with every occurrence of the (exact, whole-word) phrases blanked out, so that a
  /// negated phrase ("not be replaced") does not also count as its positive part ("replaced").
  func removing(_ phrases: [String]) -> PhraseText {
    var text = padded
    for phrase in phrases where !phrase.hasSuffix("*") {
      text = text.replacing(" " + phrase + " ", with: " _ ")
    }
    return PhraseText(padded: text)
  }

  /// Whether the phrase occurs as whole words (or as a word prefix when it ends in `*`).
  func contains(_ phrase: String) -> Bool {
    if phrase.hasSuffix("*") {
      return padded.contains(" " + phrase.dropLast())
    }
    return padded.contains(" " + phrase + " ")
  }

  /// Whether any of the phrases occurs.
  func containsAny(_ phrases: [String]) -> Bool {
    phrases.contains { contains($0) }
  }
}
