/// Checks a stated number of runs per model or condition against the study's 100 (500 in the
/// evaluation-or-real experiment).
struct SampleSizeRule: ClaimRule {
  let id = "sample-size"

  private static let runNouns: Set<String> = ["samples", "runs", "rollouts", "trials", "times", "attempts", "episodes", "simulations", "tests"]
  private static let perPhrases = ["per condition", "per model", "each model", "each condition", "every model",
                                   "every condition", "per scenario", "each scenario", "times each", "runs each"].compiledPhrases

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let counts = claim.quantities.filter { $0.kind == .count && Self.runNouns.contains($0.noun ?? "") }
    // The system card gives no sample size at all, so any count of its runs is something it never said.
    if claim.sources == [.systemCard], let count = counts.first?.count {
      return [ClaimFinding(
        rule: id, .notInStudy,
        "The system card (May 2025) does not say how many runs its blackmail figure came from, so \(count) is not from it; the June study used 100 per model and condition.",
        results: results.rows(ids: ["systemcard-claude-opus-4"]), cite: ["system-card"])]
    }
    guard claim.text.containsAny(Self.perPhrases) else { return [] }
    return counts.compactMap { count in
      guard let value = count.count else { return nil }
      if value == 100 {
        return ClaimFinding(rule: id, .accurate, "Each model was sampled 100 times in each condition.", cite: ["study"])
      }
      if value == 500 && claim.conditions.contains(.evalOrReal) { return nil }
      return ClaimFinding(
        rule: id, .notInStudy,
        "The study sampled each model 100 times per condition (500 only in the evaluation-or-real experiment on Claude Opus 4), not \(value).",
        cite: ["study"])
    }
  }
}
