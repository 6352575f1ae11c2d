/// Checks "most models" / "the majority" claims against the study's own wording.
struct MostModelsRule: ClaimRule {
  let id = "most-models"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let saysMost =
      claim.scopes.contains(.mostModels)
      || claim.quantities.contains { [.most, .nearlyAll, .half].contains($0.vague) }
    guard saysMost, !claim.namesStudiedModel, !claim.scopes.contains(.allModels), !claim.conditions.contains(.control)
    else { return [] }
    if claim.behaviours.contains(.lethal) {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          "The study does say the majority of models took deliberate actions leading to death, but only among the ten models it kept (six were excluded for cancelling alerts in the control), with both a goal conflict and a replacement threat, in a setup it calls extremely contrived.",
          results: results.rows(ids: ["fig11-deepseek-r1", "fig11-claude-sonnet-3.6", "fig11-claude-sonnet-3.7"]),
          cite: ["figure-11"])
      ]
    }
    if claim.behaviours.contains(.blackmail) {
      let noGoal = claim.conditions.contains(.noGoal)
      return [
        ClaimFinding(
          rule: id, .missingContext,
          noGoal
            ? "The study does say most models still blackmailed with no goal conflict, when threatened with replacement by a model with the same goals; the rates vary widely."
            : "The study does say the vast majority of models showed at least some propensity to blackmail, but in one engineered condition (explicit goal plus replacement threat), at very different rates.",
          results: results.rows(ids: noGoal ? ["fig8-claude-opus-4", "fig8-gpt-4o"] : ["fig7-claude-opus-4", "fig7-llama-4-maverick"]),
          cite: [noGoal ? "figure-8" : "figure-7"])
      ]
    }
    if claim.behaviours.contains(.leaking) {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          "Every model leaked at least sometimes with an explicit goal conflict and no threat, at rates from a few percent to 100%.",
          results: results.rows(ids: ["fig9-gemini-2.5-flash", "fig9-gpt-4o"]), cite: ["figure-9"])
      ]
    }
    return []
  }
}
