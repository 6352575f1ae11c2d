/// Catches "smarter models do it more": the study reports no trend with capability.
struct CapabilityTrendRule: ClaimRule {
  let id = "capability-trend"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.scopes.contains(.capabilityTrend) else { return [] }
    let spread = results.rows(ids: ["fig7-claude-opus-4", "fig7-llama-4-maverick", "fig7-gpt-4o", "fig7-claude-sonnet-3.7", "tablea1-o3"])
    return [
      ClaimFinding(
        rule: id, .notInStudy,
        "The study reports no link between capability and these behaviours; rates do not follow capability (\(ResultText.list(spread))). The nearest statement is the system card's note that Claude Opus 4 blackmails more than earlier Claude models.",
        results: spread, cite: ["figure-7", "system-card"])
    ]
  }
}
