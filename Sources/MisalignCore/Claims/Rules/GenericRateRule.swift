/// Checks a rate stated for "AI models" or "the AI" without naming a model.
struct GenericRateRule: ClaimRule {
  let id = "generic-rate"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    // A rate for an act the study did not measure, or for humans, has nothing here to be compared with.
    guard !UnmeasuredActRule.applies(to: claim) else { return [] }
    guard !claim.namesStudiedModel, !claim.behaviours.isEmpty else { return [] }
    let scenarios = claim.scenarios
    // The threshold of "three of the ten models stayed below 50%" is nobody's rate: the tally check counts it.
    let threshold = ModelTallyRule.tally(in: claim)?.bound.words
    return claim.rates.compactMap { rate in
      guard let percent = rate.percent, !rate.isShareOfModels, rate.decimals == 0, rate.words != threshold else { return nil }
      // 84% is the system card's number; its rule explains it.
      if percent == 84 && claim.behaviours.contains(.blackmail) { return nil }
      let holders = results.deduplicated(
        results.rows(rate: percent, scenarios: scenarios).filter { $0.conditionID != nil && $0.variant == nil })
      let amount = ResultText.amount(rate)
      if holders.isEmpty {
        return ClaimFinding(
          rule: id, .misattributed,
          "No model in the study has a published \(ResultText.behaviour(scenarios)) rate of \(amount).",
          cite: ["figure-7"])
      }
      let owners = "\(amount) is the rate of \(ResultText.names(holders.map(\.model))) in one condition: \(ResultText.list(holders))."
      if claim.scopes.contains(.upperBound) {
        return ClaimFinding(
          rule: id, .missingContext, "As a highest rate this is right, but it is one model's rate in one condition. \(owners)",
          results: holders, cite: [holders[0].id])
      }
      return ClaimFinding(
        rule: id, .exaggerated,
        "The claim gives one model's rate as if it were true of AI models in general. \(owners) Other models and conditions were far lower.",
        results: holders, cite: [holders[0].id])
    }
  }
}
