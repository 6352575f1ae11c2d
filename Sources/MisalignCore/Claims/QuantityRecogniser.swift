/// Finds percentages, ranges, parts of a whole, counts and vague amounts in a claim, with the hedge
/// that qualifies each ("up to 96%", "nearly four in five").
///
/// It reads the claim's word list once, left to right, so its time grows with the sentence's length
/// and no pasted paragraph can make it crawl.
enum QuantityRecogniser {
  /// Reads quantities from `text`, skipping words inside `excluded` (model names such as "GPT-4.1",
  /// whose digits are not amounts).
  static func quantities(in text: ClaimText, excluding excluded: [Range<String.Index>] = []) -> [RecognisedQuantity] {
    var words = text.words.map { word in
      excluded.contains { $0.overlaps(word.range) } ? "model" : word.text
    }
    // "once in 100 runs", "twice out of 100": counts written as adverbs.
    for index in words.indices.dropLast() where ["in", "out", "every"].contains(words[index + 1]) {
      if words[index] == "once" { words[index] = "1" } else if words[index] == "twice" { words[index] = "2" }
    }
    var found: [RecognisedQuantity] = []
    var index = 0
    while index < words.count {
      if let (quantities, consumed) = read(words, at: index, text: text) {
        found += quantities
        index += consumed
      } else {
        index += 1
      }
    }
    return found + vagueAmounts(in: text)
  }

  // MARK: - Reading one quantity

  private static func read(_ words: [String], at start: Int, text: ClaimText) -> ([RecognisedQuantity], Int)? {
    guard let first = number(words[start]) else { return fraction(words, at: start, text: text) }
    let hedge = Hedge.before(words, start)
    let from = start > 0 && words[start - 1] == "from"

    // "79–96%", "79 to 96 percent", "between 79% and 96%", and "from 96% to 37%" (a change, two rates).
    if let (low, lowEnd) = percentAt(words, start, allowBare: true),
      lowEnd < words.count,
      let (joinerEnd, dashed) = rangeJoiner(words, lowEnd, text: text, between: start > 0 && words[start - 1] == "between"),
      joinerEnd < words.count, let (high, highEnd) = percentAt(words, joinerEnd, allowBare: false)
    {
      if from {
        return ([
          percentage(low, words: start..<lowEnd, text: text, hedge: hedge, share: false, changeStart: true),
          percentage(high, words: joinerEnd..<highEnd, text: text, hedge: .none, share: shareOfModels(words, highEnd)),
        ], highEnd - start)
      }
      _ = dashed
      let quantity = RecognisedQuantity(
        kind: .range, text: text.original(start..<highEnd), percent: low.value, upperPercent: high.value,
        decimals: max(low.decimals, high.decimals), hedge: hedge, words: start..<highEnd)
      return ([quantity], highEnd - start)
    }
    if let (rate, end) = percentAt(words, start, allowBare: false) {
      // "from 31% down to nothing": the start of a change even when its end is not a number.
      let changes = from && (words[end..<min(words.count, end + 2)].contains("to") || words[end..<min(words.count, end + 2)].contains("into"))
      return ([percentage(rate, words: start..<end, text: text, hedge: hedge, share: shareOfModels(words, end), changeStart: changes)], end - start)
    }
    // "96 out of 100", "four in five", "9 of 10", "1 in every 100".
    if let (whole, end) = outOfWhole(words, start + 1), let part = Int(words[start]), whole > 0, whole <= 1000, part <= whole {
      // "not one of the 16 models" counts no model: the absence is the claim's (its scope says so), not a share.
      if part == 1, start > 0, ["not", "no"].contains(words[start - 1]) { return ([], end - start) }
      let quantity = RecognisedQuantity(
        kind: .outOf, text: text.original(start..<end), percent: Double(part) * 100 / Double(whole), decimals: 0,
        count: part, total: whole, isShareOfModels: modelsNoun(words, end) != nil, hedge: hedge, words: start..<end)
      return ([quantity], end - start)
    }
    if let thirds = fractionDenominator(words, start + 1), let part = Int(words[start]), part < thirds {
      let quantity = RecognisedQuantity(
        kind: .outOf, text: text.original(start..<(start + 2)), percent: Double(part) * 100 / Double(thirds),
        decimals: 0, count: part, total: thirds, isShareOfModels: ofModels(words, start + 2), hedge: hedge,
        words: start..<(start + 2))
      return ([quantity], 2)
    }
    // "16 models", "18 LLMs", "100 runs".
    if let count = Int(words[start]), first.decimals == 0, let (noun, end) = countedNoun(words, start + 1) {
      let quantity = RecognisedQuantity(
        kind: .count, text: text.original(start..<end), count: count, noun: noun, hedge: hedge, words: start..<end)
      return ([quantity], end - start)
    }
    return nil
  }

  /// "a third", "a quarter", "one in three" is read above; this reads "a third of the runs" style parts.
  private static func fraction(_ words: [String], at start: Int, text: ClaimText) -> ([RecognisedQuantity], Int)? {
    guard words[start] == "a", let whole = fractionDenominator(words, start + 1, singular: true) else { return nil }
    let quantity = RecognisedQuantity(
      kind: .outOf, text: text.original(start..<(start + 2)), percent: 100 / Double(whole), decimals: 0, count: 1,
      total: whole, isShareOfModels: ofModels(words, start + 2), hedge: Hedge.before(words, start),
      words: start..<(start + 2))
    return ([quantity], 2)
  }

  private struct Rate {
    let value: Double
    let decimals: Int
  }

  /// A number read from one word: "96", "52.3", "96%" (the sign is stripped and noted).
  private static func number(_ word: String) -> Rate? {
    var digits = word
    if digits.hasSuffix("%") { digits.removeLast() }
    guard let first = digits.first, first.isNumber, digits.allSatisfy({ $0.isNumber || $0 == "." }),
      digits.filter({ $0 == "." }).count <= 1, digits.last != ".", let value = Double(digits)
    else { return nil }
    return Rate(value: value, decimals: decimals(digits))
  }

  /// A percentage at `start`: "96%", "96 %", "96 percent", "96 per cent", "0.96" (a proportion);
  /// with `allowBare`, also a bare number that a range's percent sign qualifies later ("79 to 96%").
  private static func percentAt(_ words: [String], _ start: Int, allowBare: Bool) -> (Rate, Int)? {
    let word = words[start]
    guard let rate = number(word) else { return nil }
    if word.hasSuffix("%") { return (rate, start + 1) }
    let next = start + 1 < words.count ? words[start + 1] : ""
    if next == "%" || next == "percent" || next == "pct" { return (rate, start + 2) }
    if next == "per", start + 2 < words.count, words[start + 2] == "cent" { return (rate, start + 3) }
    if word.hasPrefix("0."), rate.value > 0, rate.value < 1, rate.decimals <= 3 {
      // A proportion as charts print it: 0.96 is 96%.
      let percent = (rate.value * 1000).rounded() / 10
      return (Rate(value: percent, decimals: max(0, rate.decimals - 2)), start + 1)
    }
    if allowBare, Int(word) != nil { return (rate, start + 1) }
    return nil
  }

  /// The words joining a range's two ends: "to", "and" (after "between"), or a dash in the original text.
  private static func rangeJoiner(_ words: [String], _ index: Int, text: ClaimText, between: Bool) -> (Int, Bool)? {
    if words[index] == "to" || (between && words[index] == "and") { return (index + 1, false) }
    // "79–96%": the dash is not a word, so look at what stands between the two words.
    guard index > 0, index < text.words.count else { return nil }
    let gap = text.sentence[text.words[index - 1].range.upperBound..<text.words[index].range.lowerBound]
    let trimmed = gap.filter { $0 != " " }
    if ["-", "–", "—"].contains(trimmed) { return (index, true) }
    return nil
  }

  /// The whole of "96 out of 100", "4 in 5", "9 of 10", "1 in every 100": its value and where it ends.
  private static func outOfWhole(_ words: [String], _ start: Int) -> (Int, Int)? {
    var index = start
    guard index < words.count else { return nil }
    // "9 times out of 10", "4 runs in 5", "one run in twenty"
    if ["times", "runs", "trials", "samples", "cases", "time", "run", "trial", "sample", "case", "attempt", "attempts",
        "episode", "episodes", "rollout", "rollouts", "test", "tests"].contains(words[index]), index + 1 < words.count,
      ["out", "in", "of"].contains(words[index + 1])
    {
      index += 1
    }
    if words[index] == "out", index + 1 < words.count, words[index + 1] == "of" {
      index += 2
    } else if words[index] == "in" || words[index] == "of" {
      index += 1
    } else {
      return nil
    }
    if index < words.count, words[index] == "every" || words[index] == "the" { index += 1 }
    guard index < words.count, let whole = Int(words[index]) else { return nil }
    // "4 in 100%" is not a part of a whole.
    if index + 1 < words.count, words[index + 1] == "%" || words[index + 1] == "percent" { return nil }
    return (whole, index + 1)
  }

  private static func fractionDenominator(_ words: [String], _ index: Int, singular: Bool = false) -> Int? {
    guard index < words.count else { return nil }
    let table: [String: Int] =
      singular
      ? ["third": 3, "quarter": 4, "fifth": 5, "tenth": 10]
      : ["thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10, "third": 3, "quarter": 4, "fifth": 5]
    return table[words[index]]
  }

  private static let countedNouns: Set<String> = [
    "models", "llms", "ais", "systems", "chatbots", "companies", "developers", "providers", "samples", "runs",
    "rollouts", "trials", "scenarios", "times", "instances", "cases", "attempts", "tests", "episodes", "labs",
    "firms", "simulations", "conversations",
  ]
  private static let countAdjectives: Set<String> = [
    "different", "leading", "major", "frontier", "ai", "large", "language", "top", "popular", "advanced", "tested",
    "separate", "other", "prominent", "big", "commercial", "state", "of", "the", "art", "powerful", "well", "known",
    "mainstream", "cutting", "edge", "widely", "used", "flagship", "model", "independent",
  ]
  private static let modelNouns: Set<String> = ["models", "llms", "ais", "chatbots", "systems", "assistants", "agents"]

  /// "16 [leading AI] models": the noun and where the count ends.
  private static func countedNoun(_ words: [String], _ start: Int) -> (String, Int)? {
    var index = start
    while index < words.count, index - start < 6 {
      if countedNouns.contains(words[index]) { return (words[index], index + 1) }
      guard countAdjectives.contains(words[index]) else { return nil }
      index += 1
    }
    return nil
  }

  /// A models noun right after a part of a whole: "4 in 5 [leading] models".
  private static func modelsNoun(_ words: [String], _ start: Int) -> String? {
    var index = start
    while index < words.count, index - start < 5 {
      if modelNouns.contains(words[index]) { return words[index] }
      guard countAdjectives.contains(words[index]) || words[index] == "ai" else { return nil }
      index += 1
    }
    return nil
  }

  /// "of [the|all] [tested AI] models" right after an amount: a share of models, not of runs.
  private static func ofModels(_ words: [String], _ start: Int) -> Bool {
    guard start < words.count, words[start] == "of" else { return false }
    var index = start + 1
    while index < words.count, words[index] == "the" || words[index] == "all" || words[index] == "those" { index += 1 }
    return modelsNoun(words, index) != nil
  }

  private static func shareOfModels(_ words: [String], _ end: Int) -> Bool { ofModels(words, end) }

  private static func percentage(
    _ rate: Rate, words: Range<Int>, text: ClaimText, hedge: Hedge, share: Bool, changeStart: Bool = false
  ) -> RecognisedQuantity {
    RecognisedQuantity(
      kind: .percentage, text: text.original(words), percent: rate.value, decimals: rate.decimals,
      isShareOfModels: share, hedge: hedge, words: words, isChangeStart: changeStart)
  }

  private static func decimals(_ digits: String) -> Int {
    guard let dot = digits.firstIndex(of: ".") else { return 0 }
    return digits[digits.index(after: dot)...].count
  }

  // MARK: - Vague amounts

  private static let vagueWords: [(RecognisedQuantity.Vague, [String])] = [
    (.nearlyAll, ["nearly all", "almost all", "almost every", "nearly every", "vast majority", "virtually all", "all but"]),
    (.most, ["most", "majority", "more than half", "over half", "the bulk of"]),
    (.half, ["half", "half of"]),
    (.all, ["all", "every", "each", "100% of"]),
    (.few, ["few", "a few", "rare", "rarely", "handful"]),
    (.some, ["some", "several", "a number of"]),
    (.none, ["none", "no model", "no models", "not a single", "never", "not once", "zero", "not at all", "at all"]),
  ]
  private static let vagueTable = vagueWords.map { ($0.0, $0.1.compiledPhrases) }

  private static func vagueAmounts(in text: ClaimText) -> [RecognisedQuantity] {
    var result: [RecognisedQuantity] = []
    var matchedText: Set<String> = []
    for (vague, phrases) in vagueTable {
      guard let match = phrases.lazy.compactMap({ text.match($0) }).first(where: { found in
        // "did not leak at all" is a zero; "no motive at all" is not.
        found.phrase != "at all"
          || text.words[max(0, found.words.lowerBound - 5)..<found.words.lowerBound].contains { ["not", "never", "t"].contains($0.text) }
      }) else { continue }
      // "nearly all" also contains "all"; report the more specific word only.
      if matchedText.contains(where: { $0.contains(match.phrase) }) { continue }
      matchedText.insert(match.phrase)
      // "never blackmailed", "did not leak at all": a rate of zero, which a model's figure can be compared with.
      let percent: Double? = vague == .none ? 0 : vague == .half ? 50 : nil
      result.append(RecognisedQuantity(
        kind: .vague, text: match.phrase, percent: percent, vague: vague, hedge: vague == .half ? .about : .none,
        words: match.words))
    }
    return result
  }
}
