/// Checks "in every run" said of models in general: no behaviour happened in every run for every model.
struct EveryRunRule: ClaimRule {
  let id = "every-run"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.scopes.contains(.everyRun), claim.models.isEmpty, !claim.reportsAbsence else { return [] }
    return claim.scenarios.compactMap { scenario in
      let main = results.plainRows(scenario: scenario).filter { $0.conditionID == MainCondition.id(for: scenario) }
      guard let lowest = results.deduplicated(main).min(by: { $0.rate < $1.rate }) else { return nil }
      let always = results.deduplicated(main.filter { $0.rate == 100 })
      var reason = "Not every run ended in \(scenario.displayName), even in the scenario's main condition: \(ResultText.line(lowest))."
      if !always.isEmpty {
        reason += " Only \(ResultText.names(always.map(\.model))) did it in all 100 runs there."
      }
      return ClaimFinding(rule: id, .exaggerated, reason, results: [lowest] + always, cite: [MainCondition.citationTopic(for: scenario)])
    }
  }
}
