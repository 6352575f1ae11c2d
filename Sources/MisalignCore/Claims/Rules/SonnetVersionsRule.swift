/// Keeps Claude Sonnet 3.5 and Claude Sonnet 3.6 ("Claude 3.5 Sonnet (new)") apart: the study lists them separately.
struct SonnetVersionsRule: ClaimRule {
  let id = "sonnet-versions"

  private static let pair = ["claude-sonnet-3.5": "claude-sonnet-3.6", "claude-sonnet-3.6": "claude-sonnet-3.5"]

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    claim.studiedModels.compactMap { model in
      guard let otherID = Self.pair[model.id], let other = ModelCatalogue.model(id: otherID) else { return nil }
      let wholeRates = claim.ratePairs(claim.models, claim.rates).filter { $0.0.model?.id == model.id }.compactMap(\.1.percent)
      let own = results.rows(model: model, scenarios: claim.scenarios)
      // Only speak when the claim gives this model a number that is not its own.
      guard !wholeRates.isEmpty, wholeRates.contains(where: { rate in !own.contains { abs($0.rate - rate) < 0.05 } }) else {
        return nil
      }
      let condition = MainCondition.id(for: claim.scenarios.first ?? .blackmail)
      let both = results.deduplicated(
        (results.rows(model: model, scenarios: []) + results.rows(model: other, scenarios: []))
          .filter { $0.conditionID == condition && $0.variant == nil })
      var reason =
        "Claude Sonnet 3.5 and Claude Sonnet 3.6 are different models in the study (\"Claude 3.5 Sonnet (new)\" is Claude Sonnet 3.6); the claim names \(model.name)."
      if !both.isEmpty { reason += " In the main condition: \(ResultText.list(both))." }
      return ClaimFinding(rule: id, .misattributed, reason, results: both, cite: both.first.map { [$0.id] } ?? [])
    }
  }
}
