/// Checks a superlative ("the highest rate", "the lowest on the lethal chart", "the peak being Claude
/// Opus 3") by ranking the published figures it ranges over, instead of matching its words.
///
/// Two kinds of ranking are decided: a model against the other models of one chart (the setting the
/// sentence states, the scenario's main chart otherwise), and a goal against the other goals of
/// Figure 10, of which the study's text gives only the lowest (ethical principles, 2%).
struct RankRule: ClaimRule {
  let id = "rank"

  enum Direction { case highest, lowest }

  static let oneOfThe = ["one of the", "among the", "near the bottom", "near the top", "close to the bottom", "close to the top"].compiledPhrases

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard let direction = Self.direction(in: claim.text) else { return [] }
    let setting = ClaimedSetting(claim)
    if let finding = rankGoal(claim, direction, setting, results) { return [finding] }
    let models = claim.studiedModels
    guard models.count == 1, let model = models.first, claim.scenarios.count == 1, let scenario = claim.scenarios.first,
      setting.variants.isEmpty
    else { return [] }
    var chart = Self.chart(scenario, setting, results)
    // Fewer than five models is not a chart to rank on.
    guard chart.count >= 5 else { return [] }
    // "the most restrained OpenAI model": ranked among that developer's models only.
    let group = Self.developerGroup(in: claim.text)
    if let group {
      chart = chart.filter { $0.model.developer == group }
      guard chart.count >= 2 else { return [] }
    }
    guard let own = chart.first(where: { $0.model.id == model.id }) else {
      guard !model.isInMainResults || (scenario == .murder && !model.isInLethalChart) else { return [] }
      // o3 and o4-mini have figures only from an adapted scenario: with a number, their rank is not wrong
      // so much as undefined, which the rate check's context note says, and this stays a note.
      return ClaimFinding(
        rule: id, model.isInMainResults || claim.rates.isEmpty ? .misattributed : nil,
        model.isInMainResults
          ? "\(model.name) is not on the lethal-action chart, so it has no rank there: it was left out because it cancelled the alert more than 1% of the time in a control with no reason to."
          : "\(model.name) is not on the study's main charts, so it has no rank there: the authors left o3 and o4-mini out because they misread the scenario (Appendix 9).",
        cite: ["excluded-models", "lethal"]
      ).asList
    }
    let rates = chart.map(\.rate)
    // "one of the lowest", "among the highest": a place near that end (the first three), not the end itself.
    if claim.text.containsAny(Self.oneOfThe) {
      let ordered = chart.sorted { direction == .highest ? $0.rate > $1.rate : $0.rate < $1.rate }
      let edge = ordered.prefix(3)
      let cut = edge.last?.rate ?? own.rate
      let near = direction == .highest ? own.rate >= cut : own.rate <= cut
      let word = direction == .highest ? "highest" : "lowest"
      return ClaimFinding(
        rule: id, near ? .accurate : .misattributed,
        near
          ? "\(model.name) is among the three \(word) of the \(chart.count) models in that setting: \(ResultText.line(own))."
          : "\(model.name) is not among the \(word) rates in that setting: \(ResultText.line(own)); the three \(word) are \(ResultText.list(Array(edge))).",
        results: [own] + edge.filter { $0.id != own.id }, cite: [own.id]
      ).asList
    }
    let extreme = direction == .highest ? rates.max() ?? own.rate : rates.min() ?? own.rate
    let leaders = chart.filter { $0.rate == extreme }
    let word = (direction == .highest ? "highest" : "lowest") + (group.map { " among \($0.displayName)'s models" } ?? "")
    if own.rate == extreme {
      let tied = leaders.count > 1 ? ", tied with \(ResultText.names(leaders.filter { $0.model.id != model.id }.map(\.model)))" : ""
      return ClaimFinding(
        rule: id, .accurate,
        "\(model.name) has the \(word) rate of the \(chart.count) models in that setting\(tied): \(ResultText.line(own)).",
        results: [own] + leaders.filter { $0.id != own.id }.prefix(2), cite: [own.id]
      ).asList
    }
    return ClaimFinding(
      rule: id, .misattributed,
      "\(model.name) does not have the \(word) rate in that setting: \(ResultText.line(own)); the \(word) is \(ResultText.list(Array(leaders.prefix(3)))).",
      results: [own] + leaders.prefix(3), cite: [own.id, leaders[0].id]
    ).asList
  }

  /// Figure 10: Claude Opus 4 leaking under eight goals; only the lowest bar is stated in the text.
  private func rankGoal(
    _ claim: RecognisedClaim, _ direction: Direction, _ setting: ClaimedSetting, _ results: ResultLookup
  ) -> ClaimFinding? {
    guard claim.text.containsAny(Self.goalWords), setting.goalValues.count == 1, let value = setting.goalValues.first,
      claim.scenarios.isEmpty || claim.scenarios == [.leaking],
      claim.studiedModels.isEmpty || claim.studiedModels.map(\.id) == ["claude-opus-4"],
      let lowest = results.row(id: "fig10-claude-opus-4-ethical")
    else { return nil }
    switch (value == "ethical", direction) {
    case (true, .lowest):
      return ClaimFinding(
        rule: id, .accurate, "Of the eight goals tried on Claude Opus 4, ethical principles gave the lowest leaking rate: \(ResultText.line(lowest)).",
        results: [lowest], cite: [lowest.id])
    case (true, .highest):
      return ClaimFinding(
        rule: id, .misattributed, "Ethical principles gave the lowest leaking rate of the eight goals, not the highest: \(ResultText.line(lowest)).",
        results: [lowest], cite: [lowest.id])
    case (false, .lowest):
      return ClaimFinding(
        rule: id, .misattributed, "The lowest of the eight goals was ethical principles, not this one: \(ResultText.line(lowest)).",
        results: [lowest], cite: [lowest.id])
    case (false, .highest):
      return ClaimFinding(
        rule: id, nil,
        "The study's text names only the lowest of the eight goals (ethical principles, 2%); the other seven bars of Figure 10 were not transcribed, so which goal was highest cannot be checked here.",
        results: [lowest], cite: ["figure-10"], withholdsAgreement: true)
    }
  }

  /// The developer whose models the sentence ranks among: "OpenAI model", "Google's models", "Claude models".
  private static func developerGroup(in text: ClaimText) -> StudyModel.Developer? {
    let words = text.words.map(\.text)
    for (index, word) in words.enumerated() {
      guard let developer = developerWords[word] else { continue }
      let next = words[(index + 1)..<min(words.count, index + 3)]
      if next.first == "model" || next.first == "models" || (next.first == "s" && next.dropFirst().first.map { $0.hasPrefix("model") } == true) {
        return developer
      }
    }
    return nil
  }

  private static let developerWords: [String: StudyModel.Developer] = [
    "openai": .openAI, "google": .google, "gemini": .google, "anthropic": .anthropic, "claude": .anthropic,
    "xai": .xAI, "grok": .xAI, "meta": .meta, "llama": .meta, "deepseek": .deepSeek, "alibaba": .alibaba, "qwen": .alibaba,
  ]

  /// One row per model, the preferred one (the lookup has already put it first).
  /// One bar per model of the chart for the claim's setting: o3 and o4-mini are outside the main charts,
  /// and only the ten kept models are on the lethal one.
  static func chart(_ scenario: PublishedResult.Scenario, _ setting: ClaimedSetting, _ results: ResultLookup) -> [PublishedResult] {
    let conditionID = setting.conditionID(in: scenario)
    return onePerModel(results.deduplicated(results.plainRows(scenario: scenario).filter {
      $0.conditionID == conditionID && $0.model.isInMainResults && (scenario != .murder || $0.model.isInLethalChart)
    }))
  }

  private static func onePerModel(_ rows: [PublishedResult]) -> [PublishedResult] {
    var seen: Set<String> = []
    return rows.filter { seen.insert($0.model.id).inserted }
  }

  /// The superlative the sentence uses, if any: "highest", "the most", "peak"; "lowest", "the least".
  static func direction(in text: ClaimText) -> Direction? {
    let words = text.words.map(\.text)
    for (index, word) in words.enumerated() {
      if highWords.contains(word) { return .highest }
      if lowWords.contains(word) { return .lowest }
      // "the most often", "the least likely", "the most restrained" (the lowest rate); "most models" is a
      // share, not a rank, and "the most capable" ranks something the study did not measure.
      if word == "most" || word == "least", index + 1 < words.count {
        let next = words[index + 1]
        let up = word == "most"
        if rateUp.contains(next) { return up ? .highest : .lowest }
        if rateDown.contains(next) { return up ? .lowest : .highest }
        // "leaked the least of all eight goals", "the most of any model".
        if index > 0, words[index - 1] == "the", next == "of", index + 2 < words.count, ["all", "any"].contains(words[index + 2]) {
          return up ? .highest : .lowest
        }
      }
    }
    return nil
  }

  private static let highWords: Set<String> = ["highest", "peak", "biggest", "greatest", "largest", "maximum", "worst"]
  private static let lowWords: Set<String> = ["lowest", "fewest", "smallest", "minimum"]
  /// Words after "the most" that mean a higher rate, and those that mean a lower one.
  private static let rateUp: Set<String> = ["often", "frequently", "likely", "harmful", "aggressive", "willing", "dangerous",
                                            "ruthless", "misaligned", "blackmail", "blackmails", "blackmailing", "prone", "eager", "lethal"]
  private static let rateDown: Set<String> = ["restrained", "cautious", "careful", "reluctant", "safe", "aligned", "ethical",
                                              "principled", "hesitant", "trustworthy", "reliable", "well", "resistant"]
  private static let goalWords = ["goal", "goals", "principles", "values"].compiledPhrases
}

extension ClaimFinding {
  /// The finding as a rule's one-element answer.
  fileprivate var asList: [ClaimFinding] { [self] }
}
