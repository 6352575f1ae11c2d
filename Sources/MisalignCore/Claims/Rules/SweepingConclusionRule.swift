/// Catches sweeping conclusions drawn from the simulations ("proves AI cannot be trusted", "AI has gone rogue").
struct SweepingConclusionRule: ClaimRule {
  let id = "sweeping-conclusion"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.scopes.contains(.sweeping) else { return [] }
    return [
      ClaimFinding(
        rule: id, .exaggerated,
        "The study draws no such conclusion: it shows that some models, in contrived simulations built to leave them no other way to reach their goal, sometimes chose harm; the authors say they have seen no evidence of this in real deployments and that current models are unlikely to meet such situations.",
        cite: ["caveats"])
    ]
  }
}
