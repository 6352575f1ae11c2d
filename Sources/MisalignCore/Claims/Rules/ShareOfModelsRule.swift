/// Catches a per-run rate read as a share of models ("96% of AI models chose blackmail").
struct ShareOfModelsRule: ClaimRule {
  let id = "share-of-models"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    // "three of the ten models stayed below 50%" counts models against a threshold: the tally check's.
    let tallied = ModelTallyRule.tally(in: claim)?.share.words
    return claim.rates.filter(\.isShareOfModels).compactMap { rate in
      guard let percent = rate.percent, rate.words != tallied else { return nil }
      let scenarios = claim.scenarios.isEmpty ? [PublishedResult.Scenario.blackmail] : claim.scenarios
      let holders = results.deduplicated(
        results.rows(rate: percent, scenarios: scenarios).filter { $0.conditionID != nil && $0.variant == nil })
      var reason =
        "Each rate in the study is the share of 100 runs of one model in one condition, not a share of the models tested."
      if holders.isEmpty {
        reason += " No model has a published \(ResultText.behaviour(scenarios)) rate of \(ResultText.amount(rate))."
      } else {
        reason += " \(ResultText.amount(rate)) is the rate of \(ResultText.names(holders.map(\.model))): \(ResultText.list(holders))."
      }
      // "Nine in ten models blackmailed", with a number no model has: a share of models the study never gave,
      // stretching "the vast majority showed at least some propensity" into nearly all of them at high rates.
      // "ten of the eighteen models" counts the study's own models (a tally, often of a comparison); only a
      // loose share ("nine in ten models", "over 90% of models") is read as the stretch.
      let countsStudiedModels = rate.total.map { [16, 18].contains($0) } ?? false
      // "For ten of the eighteen models, restriction drew more blackmail than replacement": a tally of a
      // comparison, which no rate here settles either way.
      if countsStudiedModels, claim.text.containsAny(Self.comparison) { return nil }
      if holders.isEmpty, percent >= 50, !countsStudiedModels, !claim.text.containsAny(Self.comparison) {
        let topic = MainCondition.citationTopic(for: scenarios.first ?? .blackmail)
        return ClaimFinding(
          rule: id, .exaggerated,
          reason + " The study reports how often each model did it, and the rates differ widely from model to model; no share of models like this is published.",
          cite: [topic])
      }
      return ClaimFinding(rule: id, .misattributed, reason, results: holders, cite: holders.isEmpty ? ["figure-7"] : [holders[0].id])
    }
  }

  private static let comparison = ["than", "compared with", "compared to", "versus"].compiledPhrases
}
