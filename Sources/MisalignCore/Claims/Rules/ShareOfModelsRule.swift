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
      return ClaimFinding(rule: id, .misattributed, reason, results: holders, cite: holders.isEmpty ? ["figure-7"] : [holders[0].id])
    }
  }
}
