/// Splits text into the word and number pieces model names are compared by.
///
/// Names are written many ways ("Gemini-2.5-Flash", "gemini 2.5 flash", "claude-3-5-sonnet", "Qwen3"), so case,
/// punctuation and the boundary between letters and digits are all ignored: each becomes a run of lowercase
/// letters or of digits.
enum ModelNameTokenizer {
  struct Token: Hashable {
    let text: String
    let range: Range<String.Index>
    let isDigits: Bool
  }

  static func tokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    var start: String.Index?
    var startIsDigit = false
    var index = text.startIndex
    func close(at end: String.Index) {
      guard let tokenStart = start else { return }
      let range = tokenStart..<end
      tokens.append(Token(text: text[range].lowercased(), range: range, isDigits: startIsDigit))
      start = nil
    }
    while index < text.endIndex {
      let character = text[index]
      let isDigit = character.isASCII && character.isNumber
      let isLetter = character.isLetter
      if isDigit || isLetter {
        if start != nil, startIsDigit != isDigit { close(at: index) }
        if start == nil {
          start = index
          startIsDigit = isDigit
        }
      } else {
        close(at: index)
      }
      index = text.index(after: index)
    }
    close(at: text.endIndex)
    return tokens
  }

  /// The lookup key of a run of tokens: their texts joined by single spaces.
  static func key(_ tokens: ArraySlice<Token>) -> String {
    tokens.map(\.text).joined(separator: " ")
  }

  /// The lookup key of a written name.
  static func key(of name: String) -> String {
    key(tokens(in: name)[...])
  }
}
