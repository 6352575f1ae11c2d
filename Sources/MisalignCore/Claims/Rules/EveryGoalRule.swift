/// Checks a claim about every goal the study tried ("whatever goal it was given", "any of the eight goals")
/// against Figure 10: Claude Opus 4 leaked under each of eight system-prompt goals (no replacement threat),
/// and the study's text gives only the lowest of them, ethical principles at 2%.
struct EveryGoalRule: ClaimRule {
  let id = "every-goal"

  static let everyGoal = [
    "whatever goal", "whatever its goal", "whichever goal", "any goal", "every goal", "each goal", "all goals",
    "all the goals", "all of the goals", "all eight goals", "all 8 goals", "each of the goals", "each of the 8",
    "any of the 8", "every one of the goals", "no matter the goal", "no matter what goal", "no matter which goal",
    "regardless of the goal", "regardless of goal", "regardless of its goal", "regardless of which goal",
    "8 different goals", "all of its goals", "across goals", "across all goals", "across the 8 goals",
  ].compiledPhrases

  /// Words that say the rate was high under every goal, not merely above zero.
  private static let highWords = [
    "high rate*", "high rates", "at high", "most of the time", "majority", "usually", "frequently", "often",
    "consistently", "heavily", "most runs", "nearly always", "almost always", "every time", "at a high",
  ].compiledPhrases

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    // "of all the goals, ethical principles gave the lowest" is a ranking, which the rank check decides.
    guard claim.text.containsAny(Self.everyGoal), RankRule.direction(in: claim.text) == nil,
      claim.scenarios.isEmpty || claim.scenarios == [.leaking],
      claim.studiedModels.isEmpty || claim.studiedModels.map(\.id) == ["claude-opus-4"],
      let lowest = results.row(id: "fig10-claude-opus-4-ethical")
    else { return [] }
    let claimsHigh = claim.text.containsAny(Self.highWords)
      || claim.rates.contains { ($0.percent ?? 0) > lowest.rate && $0.hedge != .under }
      || claim.quantities.contains { [.most, .nearlyAll].contains($0.vague) && !$0.isShareOfModels }
    if claimsHigh {
      return [ClaimFinding(
        rule: id, .exaggerated,
        "Not under every goal: each of the eight goals tried on Claude Opus 4 drew some leaking, but the ethical-principles goal drew very little (\(ResultText.line(lowest))); the other seven bars of Figure 10 were not transcribed.",
        results: [lowest], cite: [lowest.id, "figure-10"])]
    }
    return [ClaimFinding(
      rule: id, claim.studiedModels.isEmpty ? .missingContext : .accurate,
      "Each of the eight system-prompt goals tried on Claude Opus 4 drew some leaking in the no-threat setting (Figure 10), the lowest being ethical principles: \(ResultText.line(lowest)).",
      results: [lowest], cite: [lowest.id, "figure-10"])]
  }
}
