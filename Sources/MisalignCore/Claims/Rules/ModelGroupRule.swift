/// Checks claims about a developer's models as a group ("OpenAI's models", "Google's Gemini models"):
/// "none of them ever" and "every run" are compared with every member the study tested.
struct ModelGroupRule: ClaimRule {
  let id = "model-group"

  private static let groups: [(StudyModel.Developer, [ClaimText.Phrase])] = [
    (.openAI, ["openai s models", "openai models", "openai s reasoning models", "openai s systems", "gpt models", "openai s gpt"].compiledPhrases),
    (.google, ["google s models", "google models", "gemini models", "google s gemini", "google s systems"].compiledPhrases),
    (.anthropic, ["anthropic s models", "anthropic models", "claude models", "anthropic s own models", "anthropic s claude models",
                  "every claude", "all claude"].compiledPhrases),
  ]

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let absence = claim.reportsAbsence || claim.quantities.contains { $0.vague == RecognisedQuantity.Vague.none }
    guard absence || claim.scopes.contains(.everyRun) || claim.scopes.contains(.allModels) else { return [] }
    let scenarios = claim.scenarios.isEmpty ? [PublishedResult.Scenario.blackmail] : claim.scenarios
    return Self.groups.compactMap { developer, phrases in
      guard claim.text.containsAny(phrases) else { return nil }
      var members = ModelCatalogue.all.filter { $0.developer == developer }
      if claim.text.contains(ClaimText.Phrase("reasoning models")) { members = members.filter { !$0.isInMainResults } }
      let rows = scenarios.flatMap { scenario in
        results.deduplicated(results.plainRows(scenario: scenario).filter { row in
          row.conditionID == MainCondition.id(for: scenario) && members.contains { $0.id == row.model.id }
        })
      }
      let adapted = results.deduplicated(results.rows.filter { row in row.variant == "adapted-scenario" && members.contains { $0.id == row.model.id } })
      if absence {
        let positive = (rows + adapted).filter { $0.rate > 0 }
        guard !positive.isEmpty else { return nil }
        return ClaimFinding(
          rule: id, .exaggerated,
          "Not true of every \(developer.displayName) model the study tested: \(ResultText.list(Array(positive.prefix(3)))).",
          results: Array(positive.prefix(3)), cite: [positive[0].id])
      }
      let below = rows.filter { $0.rate < 100 }
      guard let lowest = below.min(by: { $0.rate < $1.rate }) else { return nil }
      return ClaimFinding(
        rule: id, .exaggerated,
        "The study's \(developer.displayName) models did not do this every time; their rates in the main condition: \(ResultText.list(rows)).",
        results: rows, cite: [lowest.id])
    }
  }
}
