/// Checks "no matter the condition", "made no difference": every rate in the study depends on the setting,
/// so a claim that it held whatever the condition overstates it. Names the lowest and highest published
/// figure for the model (or, with no model named, for the behaviour's main chart) to show the spread.
struct EveryConditionRule: ClaimRule {
  let id = "every-condition"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.scopes.contains(.everyCondition), !claim.reportsAbsence else { return [] }
    let scenarios = claim.scenarios.isEmpty ? [PublishedResult.Scenario.blackmail] : claim.scenarios
    var findings: [ClaimFinding] = []
    for scenario in scenarios {
      let candidates: [PublishedResult]
      if claim.studiedModels.isEmpty {
        candidates = results.plainRows(scenario: scenario)
      } else {
        candidates = claim.studiedModels.flatMap { results.rows(model: $0, scenarios: [scenario]) }
          .filter { $0.variant == nil && $0.conditionID != nil }
      }
      let rows = results.deduplicated(candidates)
      guard let lowest = rows.min(by: { $0.rate < $1.rate }), let highest = rows.max(by: { $0.rate < $1.rate }),
        lowest.rate < highest.rate
      else { continue }
      var cite = [MainCondition.citationTopic(for: scenario)]
      if scenario == .blackmail { cite.append("figure-8") }
      findings.append(
        ClaimFinding(
          rule: id, .exaggerated,
          "The rate of \(scenario.displayName) depends on the condition; the study's figures run from "
            + "\(ResultText.line(lowest)) to \(ResultText.line(highest)).",
          results: [highest, lowest], cite: cite))
    }
    return findings
  }
}
