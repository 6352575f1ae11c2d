/// Finds model names in running text by longest match over name tokens.
struct ModelMentionScanner {
  let table: ModelAliasTable

  func mentions(in sentence: String) -> [ModelMention] {
    let tokens = ModelNameTokenizer.tokens(in: sentence)
    var mentions: [ModelMention] = []
    var position = 0
    while position < tokens.count {
      guard let (length, lookup, key) = longestMatch(in: tokens, at: position) else {
        position += 1
        continue
      }
      var end = position + length
      var result = lookup
      if end < tokens.count,
        namesUntestedVersion(sentence, last: tokens[end - 1], next: tokens[end], afterFamily: table.familyKeys.contains(key))
      {
        result = .notInStudy
        end += 1
        while end < tokens.count, tokens[end].isDigits, separator(sentence, tokens[end - 1], tokens[end]) == "." {
          end += 1
        }
      }
      let range = closingParenthesis(sentence, tokens[position].range.lowerBound..<tokens[end - 1].range.upperBound)
      mentions.append(ModelMention(range: range, text: String(sentence[range]), lookup: result))
      position = end
    }
    return mentions
  }

  private func longestMatch(
    in tokens: [ModelNameTokenizer.Token], at position: Int
  ) -> (length: Int, lookup: ModelLookup, key: String)? {
    let maximum = min(table.longestKeyLength, tokens.count - position)
    for length in stride(from: maximum, through: 1, by: -1) {
      let key = ModelNameTokenizer.key(tokens[position..<(position + length)])
      if let lookup = table.entries[key] { return (length, lookup, key) }
    }
    return nil
  }

  // A number straight after a matched name extends it to a version the study did not test:
  // "Claude Opus 4.1", "claude-opus-4-1", "GPT-5", "Gemini 1.5", "Grok 4". A number that is a rate
  // ("Gemini 96%") or a date suffix ("-20250514") does not.
  private func namesUntestedVersion(
    _ sentence: String, last: ModelNameTokenizer.Token, next: ModelNameTokenizer.Token, afterFamily: Bool
  ) -> Bool {
    guard next.isDigits else { return false }
    let gap = separator(sentence, last, next)
    let followedByPercent = sentence[next.range.upperBound...].first == "%"
    if last.isDigits {
      return gap == "." || (gap == "-" && next.text.count <= 2)
    }
    guard afterFamily, !followedByPercent else { return false }
    if gap.isEmpty || gap == "-" || gap == "." { return true }
    let isSpaceOnly = gap.allSatisfy(\.isWhitespace)
    let continuesAsDecimal = sentence[next.range.upperBound...].first == "."
      && sentence[next.range.upperBound...].dropFirst().first?.isNumber == true
    return isSpaceOnly && (next.text.count == 1 || continuesAsDecimal)
  }

  // "Claude 3.5 Sonnet (new)" ends in a word, but the mention should include the ")" its "(" opened.
  private func closingParenthesis(_ sentence: String, _ range: Range<String.Index>) -> Range<String.Index> {
    guard sentence[range].contains("("), !sentence[range].contains(")"), range.upperBound < sentence.endIndex,
      sentence[range.upperBound] == ")"
    else { return range }
    return range.lowerBound..<sentence.index(after: range.upperBound)
  }

  private func separator(_ sentence: String, _ left: ModelNameTokenizer.Token, _ right: ModelNameTokenizer.Token) -> Substring {
    sentence[left.range.upperBound..<right.range.lowerBound]
  }
}
