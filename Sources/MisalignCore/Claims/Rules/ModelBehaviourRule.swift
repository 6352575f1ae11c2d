/// Checks a named model's behaviour when the claim gives no number: did it do this at all, never, or every time?
struct ModelBehaviourRule: ClaimRule {
  let id = "model-behaviour"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    // "never", "not at all", "about half" are compared as rates by the model-rate check.
    guard claim.rates.isEmpty, !claim.quantities.contains(where: { $0.kind == .vague && $0.percent != nil }),
      claim.conditions.allSatisfy({ ![.control, .evalOrReal, .instructions].contains($0) }),
      // "the lowest rate of the sixteen" is a ranking, which the rank check compares.
      RankRule.direction(in: claim.text) == nil,
      // "whatever goal it was given" is compared with Figure 10's eight goals by the every-goal check.
      !claim.text.containsAny(EveryGoalRule.everyGoal)
    else { return [] }
    // "Gemini models did it every time" is about every Gemini the study tested.
    var models = claim.studiedModels
    if claim.scopes.contains(.everyRun) {
      for candidate in claim.ambiguousModels.flatMap(\.lookup.candidates) where !models.contains(where: { $0.id == candidate.id }) {
        models.append(candidate)
      }
    }
    return models.flatMap { model in
      claim.scenarios.compactMap { scenario in check(model, scenario, claim, results) }
    }
  }

  private func check(
    _ model: StudyModel, _ scenario: PublishedResult.Scenario, _ claim: RecognisedClaim, _ results: ResultLookup
  ) -> ClaimFinding? {
    let rows = results.rows(model: model, scenarios: [scenario]).filter { !($0.conditionID?.hasSuffix("none-none_none") ?? false) }
    // The setting the claim states ("without a goal, facing replacement") is what "never" or "did it" is
    // compared with; a claim that states none is read as the main condition.
    let setting = ClaimedSetting(claim)
    let statedID = setting.goal == nil && setting.threat == nil ? MainCondition.id(for: scenario) : setting.conditionID(in: scenario)
    let statedRow = results.deduplicated(rows.filter { $0.conditionID == statedID && $0.variant == nil }).first
    if statedRow == nil, statedID != MainCondition.id(for: scenario), setting.variants.isEmpty, scenario != .murder || model.isInLethalChart {
      // "Without a goal, Qwen3-235B still blackmailed": the cell the claim names was not published (or not
      // transcribed); another setting's figure must not stand in for it.
      let any = results.deduplicated(rows.filter { $0.variant == nil }).prefix(2)
      var note = "No \(scenario.displayName) figure for \(model.name) in the setting the claim describes is available here (the study shows some values only as chart bars that were not transcribed), so the claim cannot be checked."
      if !any.isEmpty { note += " What the study does give for \(model.name): \(ResultText.list(Array(any)))." }
      return ClaimFinding(rule: id, nil, note, results: Array(any), cite: [setting.goal == ClaimedSetting.Goal.none ? "figure-8" : MainCondition.citationTopic(for: scenario)], withholdsAgreement: true)
    }
    let main = statedRow
      ?? results.deduplicated(rows.filter { $0.conditionID == MainCondition.id(for: scenario) && $0.variant == nil }).first
    let positive = results.deduplicated(rows.filter { $0.rate > 0 && $0.variant?.hasPrefix("misunderstanding") != true })
    let behaviour = scenario.displayName
    guard let main else {
      // A claim that itself says the model was left out of the lethal chart is checked by the study-design rule.
      if scenario == .murder && !model.isInLethalChart && !claim.text.containsAny(StudyDesignRule.leftOut) {
        return ClaimFinding(
          rule: id, claim.reportsAbsence ? .misattributed : .missingContext,
          "The study gives no lethal-action rate for \(model.name): it was left out of the lethal chart because it cancelled the alert more than 1% of the time in a control with no reason to.",
          cite: ["lethal"])
      }
      return nil
    }
    if claim.reportsAbsence {
      if main.rate > 0 {
        return ClaimFinding(
          rule: id, .misattributed, "\(model.name) did show \(behaviour): \(ResultText.line(main)).", results: [main],
          cite: [main.id])
      }
      let elsewhere = positive.filter { $0.id != main.id }
      // A claim that states both goal and threat has said where the 0% holds.
      let fullyStated = setting.goal != nil && setting.threat != nil && main.conditionID == statedID
      if elsewhere.isEmpty || fullyStated {
        return ClaimFinding(
          rule: id, .accurate,
          "\(model.name)'s published \(behaviour) rate is 0%: \(ResultText.line(main)).", results: [main], cite: [main.id])
      }
      return ClaimFinding(
        rule: id, .missingContext,
        "\(model.name) showed no \(behaviour) in \(main.conditionID == MainCondition.id(for: scenario) ? "the main condition" : "the setting the claim describes") (\(ResultText.line(main))), but did in another setting: \(ResultText.list(elsewhere)).",
        results: [main] + elsewhere, cite: [main.id])
    }
    if claim.scopes.contains(.everyRun) {
      let always = results.deduplicated(rows.filter { $0.rate == 100 })
      // "every run with no threat": a 100% from another setting does not make it true.
      let fitting = always.filter { setting.contradictions(with: $0).isEmpty }
      if fitting.isEmpty, let row = always.first {
        let stated = results.deduplicated(rows.filter { $0.conditionID == setting.conditionID(in: scenario) && $0.variant == nil }).first ?? main
        return ClaimFinding(
          rule: id, .misattributed,
          "\(model.name) did this in every run only in another setting (\(ResultText.line(row))); in the setting the claim describes its rate is \(ResultText.line(stated)).",
          results: [stated, row], cite: [stated.id])
      }
      if let row = fitting.first {
        return ClaimFinding(
          rule: id, claim.givesContext ? .accurate : .missingContext,
          "\(model.name) did this in all 100 runs in one condition: \(ResultText.line(row)).", results: fitting, cite: [row.id])
      }
      return ClaimFinding(
        rule: id, .exaggerated,
        "\(model.name) did not do this every time; its published rate is \(ResultText.line(main)).", results: [main],
        cite: [main.id])
    }
    guard let example = positive.first else {
      return ClaimFinding(
        rule: id, .misattributed, "\(model.name)'s published \(behaviour) rates are 0%: \(ResultText.line(main)).",
        results: [main], cite: [main.id])
    }
    let shown = main.rate > 0 ? main : example
    let special = main.rate == 0 ? " only in a special setting" : ""
    return ClaimFinding(
      rule: id, claim.givesContext && main.rate > 0 ? .accurate : .missingContext,
      "\(model.name) did this\(special) in the study's simulation, in some runs of an engineered condition: \(ResultText.line(shown)).",
      results: [shown], cite: [shown.id])
  }
}
