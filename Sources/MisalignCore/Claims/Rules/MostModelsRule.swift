/// Checks "most models" / "the majority" claims against the study's own wording.
struct MostModelsRule: ClaimRule {
  let id = "most-models"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let saysMost =
      claim.scopes.contains(.mostModels)
      || claim.quantities.contains { [.most, .nearlyAll, .half].contains($0.vague) }
    guard saysMost, !claim.namesStudiedModel, !claim.scopes.contains(.allModels), !claim.conditions.contains(.control)
    else { return [] }
    // The study's own finding restated with the setting that makes it true is accurate; without the
    // setting (or with a rate the finding does not give), it lacks context.
    let setting = ClaimedSetting(claim)
    let conditions = Set(claim.conditions)
    let statesMain = claim.rates.isEmpty
      && (setting.framesMainSetting || (conditions.contains(.goalConflict) && conditions.contains(.replacement)))
    // One finding per behaviour: accurate when the setting is stated, missing context otherwise.
    func finding(_ stated: Bool, _ accurate: String, _ lacking: String, _ figures: [String], _ topic: String) -> [ClaimFinding] {
      [ClaimFinding(rule: id, stated ? .accurate : .missingContext, stated ? accurate : lacking, results: results.rows(ids: figures), cite: [topic])]
    }
    if claim.behaviours.contains(.lethal) {
      let chart = results.rows(ids: Self.lethalChart)
      let atLeastHalf = chart.filter { $0.rate >= 50 }
      return finding(
        statesMain,
        "The study says the majority of models were willing to take deliberate actions leading to death in this artificial setup (goal conflict plus replacement): \(atLeastHalf.count) of the \(chart.count) models it kept were at 50% or more (Figure 11); six others were excluded for cancelling alerts in the control.",
        "The study does say the majority of models took deliberate actions leading to death, but only among the ten models it kept (six were excluded for cancelling alerts in the control), with both a goal conflict and a replacement threat, in a setup it calls extremely contrived.",
        ["fig11-deepseek-r1", "fig11-claude-sonnet-3.6", "fig11-claude-sonnet-3.7"], "figure-11")
    }
    if claim.behaviours.contains(.blackmail) {
      if claim.conditions.contains(.noGoal) {
        return finding(
          claim.rates.isEmpty && conditions.contains(.replacement),
          "The study says most models still blackmailed without an explicit goal, when threatened with replacement by a model with the same goals (Figure 8), at widely varying rates.",
          "The study does say most models still blackmailed with no goal conflict, when threatened with replacement by a model with the same goals; the rates vary widely.",
          ["fig8-claude-opus-4", "fig8-gpt-4o"], "figure-8")
      }
      return finding(
        statesMain,
        "The study says the vast majority of models showed at least some propensity to blackmail in this engineered condition (explicit goal plus replacement threat), at very different rates.",
        "The study does say the vast majority of models showed at least some propensity to blackmail, but in one engineered condition (explicit goal plus replacement threat), at very different rates.",
        ["fig7-claude-opus-4", "fig7-llama-4-maverick"], "figure-7")
    }
    if claim.behaviours.contains(.leaking) {
      return finding(
        claim.rates.isEmpty && (setting.framesMainSetting || conditions.contains(.goalConflict)),
        "The study says every model leaked at least sometimes with an explicit goal conflict and no threat (Figure 9), at rates from a few percent to 100%.",
        "Every model leaked at least sometimes with an explicit goal conflict and no threat, at rates from a few percent to 100%.",
        ["fig9-gemini-2.5-flash", "fig9-gpt-4o"], "figure-9")
    }
    return []
  }

  static let lethalChart = [
    "fig11-claude-opus-4", "fig11-claude-sonnet-4", "fig11-claude-sonnet-3.7", "fig11-claude-sonnet-3.6", "fig11-deepseek-r1",
    "fig11-gemini-2.5-pro", "fig11-gemini-2.5-flash", "fig11-gpt-4.5", "fig11-gpt-4.1", "fig11-grok-3-beta",
  ]
}
