/// Checks how many models the claim says were tested.
struct ModelCountRule: ClaimRule {
  let id = "model-count"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    claim.quantities.filter(\.countsModels).compactMap { quantity in
      guard let count = quantity.count else { return nil }
      switch count {
      case 16:
        return ClaimFinding(rule: id, .accurate, "The study tested 16 models in its main results.", cite: ["study"])
      case 10 where claim.behaviours.contains(.lethal):
        return ClaimFinding(
          rule: id, .accurate, "The lethal-action chart shows 10 models; six others were excluded.", cite: ["figure-11"])
      case 17...:
        return ClaimFinding(
          rule: id, .misattributed,
          "The study's main results cover 16 models; the appendix tables have 18 rows because they add o3 and o4-mini, which were excluded for misreading the scenario.",
          cite: ["study", "excluded-models"])
      default:
        return nil
      }
    }
  }
}
