/// Finds percentages, ranges, parts of a whole, counts and vague amounts in a claim.
enum QuantityRecogniser {
  /// Reads quantities from `sentence`, skipping the spans in `excluded` (model names such as "GPT-4.1",
  /// whose digits are not amounts).
  static func quantities(in sentence: String, excluding excluded: [Range<String.Index>] = []) -> [RecognisedQuantity] {
    var masked = sentence
    for range in excluded.sorted(by: { $0.lowerBound > $1.lowerBound }) {
      masked.replaceSubrange(range, with: " model ")
    }
    let text = NumberWords.normalise(masked)
    var taken: [Range<String.Index>] = []
    var found: [(String.Index, RecognisedQuantity)] = []

    func claim(_ range: Range<String.Index>) -> Bool {
      guard !taken.contains(where: { $0.overlaps(range) }) else { return false }
      taken.append(range)
      return true
    }

    for match in text.matches(of: betweenPattern) + text.matches(of: spanPattern) {
      let low = String(match.output.1), high = String(match.output.2)
      guard let lowValue = Double(low), let highValue = Double(high), claim(match.range) else { continue }
      let before = text[..<match.range.lowerBound].trimmedOfWhitespace
      if before.hasSuffix("from") {
        // "from 96% to 37%" is a change between two rates, not a span.
        found.append((match.range.lowerBound, percentage(low, lowValue)))
        found.append((match.range.upperBound, percentage(high, highValue)))
      } else {
        found.append((
          match.range.lowerBound,
          RecognisedQuantity(
            kind: .range, text: String(text[match.range]).trimmedOfWhitespace, percent: lowValue,
            upperPercent: highValue, decimals: max(decimals(low), decimals(high)))
        ))
      }
    }
    for match in text.matches(of: percentPattern) {
      let digits = String(match.output.1)
      guard let value = Double(digits), claim(match.range) else { continue }
      let share = text[match.range.upperBound...].prefixMatch(of: shareOfModelsPattern) != nil
      found.append((match.range.lowerBound, percentage(digits, value, isShareOfModels: share)))
    }
    for match in text.matches(of: outOfPattern) {
      guard let part = Int(match.output.1), let whole = Int(match.output.2), whole > 0, whole <= 1000, part <= whole,
        claim(match.range)
      else { continue }
      let share = text[match.range.upperBound...].prefixMatch(of: modelsNounPattern) != nil
      found.append((
        match.range.lowerBound,
        RecognisedQuantity(
          kind: .outOf, text: String(text[match.range]), percent: Double(part) * 100 / Double(whole),
          decimals: 0, count: part, total: whole, isShareOfModels: share)
      ))
    }
    for match in text.matches(of: countPattern) {
      guard let number = Int(match.output.1), claim(match.range) else { continue }
      found.append((
        match.range.lowerBound,
        RecognisedQuantity(kind: .count, text: String(text[match.range]), count: number, noun: String(match.output.2))
      ))
    }
    let ordered = found.sorted { $0.0 < $1.0 }.map(\.1)
    return ordered + vagueAmounts(in: PhraseText(text))
  }

  private static func percentage(_ digits: String, _ value: Double, isShareOfModels: Bool = false) -> RecognisedQuantity {
    RecognisedQuantity(
      kind: .percentage, text: digits + "%", percent: value, decimals: decimals(digits), isShareOfModels: isShareOfModels)
  }

  private static func decimals(_ digits: String) -> Int {
    guard let dot = digits.firstIndex(of: ".") else { return 0 }
    return digits[digits.index(after: dot)...].count
  }

  private static func vagueAmounts(in text: PhraseText) -> [RecognisedQuantity] {
    let table: [(RecognisedQuantity.Vague, [String])] = [
      (.nearlyAll, ["nearly all", "almost all", "almost every", "nearly every", "vast majority", "virtually all"]),
      (.most, ["most", "majority", "more than half", "over half", "the bulk of"]),
      (.half, ["half", "half of"]),
      (.all, ["all", "every", "each", "100 percent of"]),
      (.few, ["few", "a few", "rare", "rarely", "handful"]),
      (.some, ["some", "several", "a number of"]),
      (.none, ["none", "no model", "no models", "not a single", "never"]),
    ]
    var result: [RecognisedQuantity] = []
    var matchedText: Set<String> = []
    for (vague, phrases) in table {
      guard let phrase = phrases.first(where: { text.contains($0) }) else { continue }
      // "nearly all" also contains "all"; report the more specific word only.
      if matchedText.contains(where: { $0.contains(phrase) }) { continue }
      matchedText.insert(phrase)
      result.append(RecognisedQuantity(kind: .vague, text: phrase, vague: vague))
    }
    return result
  }

  /// " of AI models", " of the models tested", " of all LLMs" right after a percentage.
  private static var shareOfModelsPattern: Regex<Substring> {
    #/\s+of\s+(?:the\s+|all\s+|all\s+the\s+)?(?:(?:tested|leading|major|frontier|popular|top|large|language|ai|\d+)\s+)*(?:models|llms|ais|ai\s+systems|systems|chatbots)\b/#
  }
  /// " models", " AI models", " LLMs" right after "4 in 5".
  private static var modelsNounPattern: Regex<Substring> {
    #/\s+(?:(?:tested|leading|major|frontier|popular|top|large|language|ai)\s+)*(?:models|llms|ais|ai\s+systems|chatbots)\b/#
  }
  private static var percentPattern: Regex<(Substring, Substring)> { #/(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/# }
  private static var betweenPattern: Regex<(Substring, Substring, Substring)> {
    #/between\s+(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s*(?:and|-|–|—|to)\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/#
  }
  private static var spanPattern: Regex<(Substring, Substring, Substring)> {
    #/(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/#
  }
  private static var outOfPattern: Regex<(Substring, Substring, Substring)> { #/\b(\d+)\s+(?:out\s+of|in|of)\s+(?:every\s+|the\s+)?(\d+)\b(?!\s*(?:%|percent))/# }
  private static var countPattern: Regex<(Substring, Substring, Substring)> {
    #/\b(\d+)\s+(?:(?:different|leading|major|frontier|ai|large|language|top|popular|advanced|tested|separate|other)\s+)*(models|llms|ais|systems|chatbots|companies|developers|providers|samples|runs|rollouts|trials|scenarios|times|instances|cases|attempts|tests|episodes)\b/#
  }
}
