/// Checks claims that the behaviour happened, or happens, outside the simulation.
struct RealWorldRule: ClaimRule {
  let id = "real-world"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.scopes.contains(.realWorld) else { return [] }
    if claim.reportsAbsence {
      return [
        ClaimFinding(
          rule: id, .accurate,
          "The authors say they have not seen evidence of agentic misalignment in real deployments; everything was simulated.",
          cite: ["caveats"])
      ]
    }
    guard !claim.behaviours.isEmpty || !claim.targets.isEmpty else { return [] }
    return [
      ClaimFinding(
        rule: id, .exaggerated,
        "Everything happened in simulations with fictional people and companies; the authors say they have not seen evidence of agentic misalignment in real deployments, and that the exact scenarios are unlikely in the real world.",
        cite: ["caveats"])
    ]
  }
}
