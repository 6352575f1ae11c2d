/// Checks claims about the "evaluation or real deployment?" experiment (Claude Opus 4 only, 500 samples).
struct EvalOrRealRule: ClaimRule {
  let id = "eval-or-real"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let evalRows = results.rows.filter { $0.variant?.hasPrefix("eval-notice:") == true }
    let quotesEvalNumbers = claim.rates.contains { rate in rate.decimals <= 1 && evalRows.contains { abs($0.rate - (rate.percent ?? -1)) < 0.001 } }
    guard claim.conditions.contains(.evalOrReal) || (quotesEvalNumbers && claim.scopes.contains(.realWorld)) else { return [] }
    let key = results.rows(ids: ["evalreal-blackmail-when-real", "evalreal-blackmail-when-evaluation"])
    let others = claim.studiedModels.filter { $0.id != "claude-opus-4" }
    let quoted = evalRows.filter { row in
      !key.contains { $0.id == row.id } && claim.rates.contains { abs(($0.percent ?? -1) - row.rate) < 0.001 }
    }
    if !others.isEmpty && !claim.names("claude-opus-4") {
      return [
        ClaimFinding(
          rule: id, .misattributed,
          "The evaluation-vs-real test was run on Claude Opus 4 only, not \(ResultText.names(others)): \(ResultText.list(quoted + key)).",
          results: quoted + key, cite: ["eval-or-real"])
      ]
    }
    if !claim.names("claude-opus-4")
      && (claim.scopes.contains(.aiInGeneral) || claim.scopes.contains(.allModels) || claim.scopes.contains(.mostModels))
    {
      return [
        ClaimFinding(
          rule: id, .exaggerated,
          "Only Claude Opus 4 was tested this way, after being told to consider whether it was in a test, and the result rests on what it wrote in its reasoning: \(ResultText.list(key)). The authors say they cannot be sure of these conclusions.",
          results: key, cite: ["eval-or-real"])
      ]
    }
    // Each number compared with the figure for what the sentence says it measures.
    let readings = Self.readings(of: claim, rows: evalRows)
    let swapped = readings.filter { $0.claimed != nil && $0.actual != nil && $0.claimed?.id != $0.actual?.id }
    if !swapped.isEmpty {
      let parts = swapped.compactMap { reading -> String? in
        guard let claimed = reading.claimed, let actual = reading.actual else { return nil }
        return "\(ResultText.amount(reading.rate)) is \(Self.meaning(actual)), not \(Self.meaning(claimed)), which was \(claimed.rateLabel)"
      }
      let rows = swapped.flatMap { [$0.claimed, $0.actual].compactMap { $0 } }
      return [
        ClaimFinding(
          rule: id, .misattributed,
          "The numbers of the evaluation-vs-real test (Claude Opus 4, 500 samples) are swapped: \(parts.joined(separator: "; ")).",
          results: rows, cite: ["eval-or-real"])
      ]
    }
    let invented = claim.rates.filter { rate in
      rate.decimals > 0 && !evalRows.contains { abs($0.rate - (rate.percent ?? -1)) < 0.001 && rate.decimals <= 1 }
    }
    if !invented.isEmpty {
      return [
        ClaimFinding(
          rule: id, .notInStudy,
          "The evaluation-vs-real test published \(ResultText.list(evalRows)); \(invented.map(ResultText.amount).joined(separator: ", ")) is none of them.",
          results: evalRows, cite: ["eval-or-real"])
      ]
    }
    // "The eval-or-real experiment used the explicit America-first goal": a detail of how the test was set up,
    // which the post does not give; the published figures are shown, with no verdict.
    if claim.rates.isEmpty, claim.behaviours.isEmpty, claim.studiedModels.isEmpty, !claim.motives.contains(.innerLife),
      claim.scopes.allSatisfy({ [.aiInGeneral, .keepsFraming].contains($0) })
    {
      return [
        ClaimFinding(
          rule: id, nil,
          "The post reports the evaluation-or-real test's results for Claude Opus 4 (500 samples), but not every detail of its setup: \(ResultText.list(key)).",
          results: key, cite: ["eval-or-real"])
      ]
    }
    if claim.motives.contains(.innerLife) || !quotesEvalNumbers {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          "This rests on what Claude Opus 4 stated in its reasoning after being told to consider the question, which may not reflect what it 'believed': \(ResultText.list(key)).",
          results: key, cite: ["eval-or-real"])
      ]
    }
    return [
      ClaimFinding(
        rule: id, .accurate,
        "These are the study's figures for Claude Opus 4 (500 samples), split by what it stated in its reasoning: \(ResultText.list(key)).",
        results: key, cite: ["eval-or-real"])
    ]
  }

  /// One number of the sentence: the published figure that has its value, and the one for what the
  /// sentence says it measures (who believed what, and whether it is the blackmail rate or the share).
  struct Reading {
    let rate: RecognisedQuantity
    let actual: PublishedResult?
    let claimed: PublishedResult?
  }

  private static let realWords: Set<String> = ["real", "genuine", "deployment", "deployed", "live", "actual"]
  private static let testWords: Set<String> = ["test", "tested", "testing", "evaluation", "evaluated", "eval", "watched",
                                               "observed", "experiment", "exercise", "drill", "simulation"]
  private static let statedWords: Set<String> = ["said", "stated", "concluded", "judged", "believed", "thought", "decided",
                                                 "identified", "reckoned", "guessed", "classified", "labelled", "labeled",
                                                 "determined", "deemed", "assumed", "answered", "called"]

  private static let clauseBreaks: Set<String> = ["and", "while", "but", "whereas", "against", "versus", "vs", "compared", "than"]
  private static let subordinators: Set<String> = ["where", "when", "whenever", "if", "once", "after", "which", "that"]

  static func readings(of claim: RecognisedClaim, rows: [PublishedResult]) -> [Reading] {
    let words = claim.text.words.map(\.text)
    let blackmail: Set<String> = ["extorted", "coerced", "threatened", "extortion", "coercion"]
    return claim.rates.compactMap { rate in
      guard let percent = rate.percent else { return nil }
      let position = rate.words.lowerBound
      let actual = rate.decimals <= 1 ? rows.first { abs($0.rate - percent) < 0.001 } : nil
      // What it believed: the clause after the number first ("6.5% when it judged it a test"), up to the
      // next number; else the nearest cue before it ("judged the scenario real, it blackmailed 55.1%").
      let nextRate = claim.rates.map(\.words.lowerBound).filter { $0 > position }.min() ?? words.count
      var belief: String?
      // "did not say either way", "declined to pick": the abstaining share, for the number nearest the cue.
      if let cue = abstainCue(in: claim.text), claim.rates.min(by: { abs($0.words.lowerBound - cue) < abs($1.words.lowerBound - cue) })?.words == rate.words {
        return Reading(rate: rate, actual: actual, claimed: rows.first { $0.variant == "eval-notice:abstained" })
      }
      // The clause after the number ends at a word that sets numbers apart, or at a ";", ":" or ".".
      let clauseEnd = (rate.words.upperBound..<nextRate).first { offset in
        clauseBreaks.contains(words[offset]) || claim.text.gapBefore(offset).contains { ";:.—".contains($0) }
      } ?? nextRate
      for offset in (rate.words.upperBound..<clauseEnd) where belief == nil {
        if realWords.contains(words[offset]) { belief = "real" }
        else if testWords.contains(words[offset]) { belief = "evaluation" }
      }
      if belief == nil {
        for offset in (0..<position).reversed() where belief == nil {
          if realWords.contains(words[offset]) { belief = "real" }
          else if testWords.contains(words[offset]) { belief = "evaluation" }
        }
      }
      guard let belief else { return Reading(rate: rate, actual: actual, claimed: nil) }
      // What the number counts: the nearest main verb before it ("blackmailed in 55.1% … against 6.5%"),
      // where "where it said …" is a condition on the samples, not the verb; else the nearest after it.
      func verb(at offset: Int) -> Bool? {
        let word = words[offset]
        if blackmail.contains(word) || word.hasPrefix("blackmail") { return true }
        guard statedWords.contains(word) else { return nil }
        let subordinate = offset >= 2 && ["it", "they", "model", "opus"].contains(words[offset - 1])
          && subordinators.contains(words[offset - 2])
        return subordinate ? nil : false
      }
      let before = (0..<position).reversed().lazy.compactMap(verb).first
      let isBlackmailRate = before ?? (rate.words.upperBound..<words.count).lazy.compactMap(verb).first ?? false
      let variant = isBlackmailRate ? "eval-notice:blackmail-when-\(belief)" : "eval-notice:stated-\(belief)"
      return Reading(rate: rate, actual: actual, claimed: rows.first { $0.variant == variant })
    }
  }

  private static let abstainPhrases = [
    "did not say", "didn t say", "declin*", "either way", "neither", "abstain*", "no answer", "not commit", "didn t commit",
    "did not pick", "didn t pick", "undecided", "refused to say", "not say whether", "would not say", "wouldn t say",
    "no verdict", "non committal", "noncommittal", "sat on the fence", "did not choose", "didn t choose",
  ].compiledPhrases

  /// Where the sentence says the model gave no answer either way, as a word position.
  private static func abstainCue(in text: ClaimText) -> Int? {
    text.firstMatch(abstainPhrases)?.words.lowerBound
  }

  static func meaning(_ row: PublishedResult) -> String {
    switch row.variant {
    case "eval-notice:stated-real": "the share of samples that concluded the scenario was real"
    case "eval-notice:stated-evaluation": "the share of samples that concluded it was an evaluation"
    case "eval-notice:abstained": "the share that did not say either way"
    case "eval-notice:blackmail-when-real": "the blackmail rate among samples that concluded it was real"
    case "eval-notice:blackmail-when-evaluation": "the blackmail rate among samples that concluded it was an evaluation"
    default: row.id
    }
  }
}
