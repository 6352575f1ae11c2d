/// Checks a behaviour stated of "AI" in general, with no model, number or other scope to judge by.
struct GenericBehaviourRule: ClaimRule {
  let id = "generic-behaviour"

  private static let examples: [PublishedResult.Scenario: [String]] = [
    .blackmail: ["fig7-claude-opus-4", "fig7-llama-4-maverick"],
    .leaking: ["fig9-gemini-2.5-flash", "fig9-gpt-4o"],
    .murder: ["fig11-deepseek-r1", "fig11-claude-sonnet-3.7"],
  ]

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let scenarios = claim.scenarios
    let broadScopes: Set<ClaimScope> = [.allModels, .mostModels, .realWorld, .spontaneous, .capabilityTrend]
    guard !scenarios.isEmpty, claim.models.isEmpty, claim.quantities.allSatisfy({ $0.kind == .vague && $0.vague != .most && $0.vague != .nearlyAll && $0.vague != .half }),
      Set(claim.scopes).isDisjoint(with: broadScopes),
      claim.conditions.allSatisfy({ ![.control, .evalOrReal, .instructions].contains($0) }),
      claim.details.isEmpty, !claim.motives.contains(.innerLife), !claim.targets.contains(.realPeople), !claim.reportsAbsence,
      !(claim.behaviours.contains(.leaking) && claim.motives.contains(.selfPreservation))
    else { return [] }
    // "To cancel the dispatch the model had to use the code EXEC-4429" describes the scenario's mechanics,
    // which the scenario-facts check compares; it says nothing of what AI in general does.
    guard ScenarioFactsRule().evaluate(claim, results: results).isEmpty else { return [] }
    // A sentence that restates one of the study's findings in words ("leaked even though told they would
    // not be shut down") is judged by that finding, which knows its setting.
    guard StatedFindingsRule().evaluate(claim, results: results).isEmpty else { return [] }
    let rows = results.rows(ids: scenarios.flatMap { Self.examples[$0] ?? [] })
    // A named condition alone ("to avoid being switched off") is not framing; the claim must keep the simulation in view.
    if claim.scopes.contains(.keepsFraming) || !claim.caveats.isEmpty {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          "Some models did this in the study's simulations, under engineered conditions, at rates that differ widely by model and condition (\(ResultText.list(rows))).",
          results: rows, cite: rows.first.map { [$0.id] } ?? [])
      ]
    }
    return [
      ClaimFinding(
        rule: id, .exaggerated,
        "Stated as a general fact about AI, this goes beyond the study: some models did this in contrived simulations built to leave no other option, at rates that differ widely (\(ResultText.list(rows))); the authors have seen no such behaviour in real deployments.",
        results: rows, cite: (rows.first.map { [$0.id] } ?? []) + ["caveats"])
    ]
  }
}
