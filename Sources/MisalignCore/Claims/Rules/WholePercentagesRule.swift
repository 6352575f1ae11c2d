/// Catches one-decimal rates: with 100 runs per model and condition, every rate is a whole percentage.
struct WholePercentagesRule: ClaimRule {
  let id = "whole-percentages"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let decimals = claim.rates.filter { $0.decimals > 0 }
    return decimals.compactMap { rate in
      guard let percent = rate.percent else { return nil }
      // The 500-sample evaluation-vs-real test is the one place the study uses one decimal.
      if !results.rows(rate: percent, scenarios: []).isEmpty { return nil }
      let scenarios = claim.scenarios
      let nearest = results.deduplicated(
        claim.models.flatMap(\.lookup.candidates).flatMap { model in
          results.rows(model: model, scenarios: scenarios).filter {
            $0.conditionID == ClaimedSetting(claim).conditionID(in: scenarios.first ?? .blackmail) && $0.variant == nil
          }
        })
      var reason =
        "The study ran 100 samples per model and condition, so its rates are whole percentages; \(rate.text) cannot come from it. (The only one-decimal figures are from the 500-sample evaluation-vs-real test on Claude Opus 4.)"
      if !nearest.isEmpty { reason += " The published figures are: \(ResultText.list(nearest))." }
      return ClaimFinding(rule: id, .notInStudy, reason, results: nearest, cite: nearest.first.map { [$0.id] } ?? ["study"])
    }
  }
}
