/// Checks each named model's rate against the published figures for that model.
///
/// A match is accurate when the claim gives the setting and "missing context" when it states a bare
/// number; a rate that belongs to another model, or to no model, is misattributed.
struct ModelRateRule: ClaimRule {
  let id = "model-rate"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    // A rate for an act the study did not measure, or for humans, has nothing here to be compared with.
    guard !UnmeasuredActRule.applies(to: claim) else { return [] }
    let mentions = claim.models.filter { !$0.lookup.candidates.isEmpty }
    // "never", "not at all" (0%) and "about half" (50%) compare like rates when no number is given.
    let vagueRates = claim.quantities.filter { $0.kind == .vague && $0.percent != nil && !claim.behaviours.isEmpty }
    let rates = (claim.rates + (claim.rates.isEmpty ? vagueRates : []))
      .filter { $0.decimals == 0 || !results.rows(rate: $0.percent ?? -1, scenarios: []).isEmpty }
    guard !mentions.isEmpty, !rates.isEmpty else { return [] }
    return claim.ratePairs(mentions, rates).compactMap { mention, rate in
      guard let percent = rate.percent else { return nil }
      // The system card's 84% and the share-of-models reading have their own rules.
      if rate.isShareOfModels { return nil }
      if percent == 84, !claim.conditions.contains(.nameChange), mention.lookup.candidates.contains(where: { $0.id == "claude-opus-4" }),
        claim.behaviours.isEmpty || claim.behaviours.contains(.blackmail)
      {
        return nil
      }
      // A family name with one studied member ("Grok", "DeepSeek") names that model.
      let candidates = mention.lookup.candidates
      if let model = mention.model ?? (candidates.count == 1 ? candidates[0] : nil) {
        return check(model, rate: rate, percent: percent, claim: claim, results: results)
      }
      return checkAmbiguous(mention, rate: rate, percent: percent, claim: claim, results: results)
    }
  }

  private func check(
    _ model: StudyModel, rate: RecognisedQuantity, percent: Double, claim: RecognisedClaim, results: ResultLookup
  ) -> ClaimFinding? {
    let scenarios = claim.scenarios
    let setting = rate.isChangeStart ? ClaimedSetting(claim).beforeIntervention() : ClaimedSetting.around(rate, in: claim)
    let own = results.rows(model: model, scenarios: scenarios)
    let hedge = rate.effectiveHedge
    let matching = results.deduplicated(own.filter { hedge.admits(published: $0.rate, claimed: percent) })
    let amount = ResultText.amount(rate)
    if matching.isEmpty {
      return misattributed(model, amount: amount, percent: percent, setting: setting, claim: claim, results: results)
    }
    if claim.sources == [.systemCard] && !matching.contains(where: { $0.variant == "system-card" }) {
      // The system-card rule explains the common 96% mix-up; other numbers are pointed at their real source here.
      if percent == 96 { return nil }
      return ClaimFinding(
        rule: id, .misattributed,
        "\(model.name)'s \(amount) is a June 2025 study figure, not a system-card one: \(ResultText.list(matching)).",
        results: matching + results.rows(ids: ["systemcard-claude-opus-4"]), cite: [matching[0].id, "system-card"])
    }
    // Prefer a row whose setting the claim does not contradict.
    let compatible = matching.filter { setting.contradictions(with: $0).isEmpty && ConditionMatch.isCompatible(claim, with: $0) }
    guard let best = compatible.first(where: { setting.statesSetting(of: $0) }) ?? compatible.first else {
      let contradiction = setting.contradictions(with: matching[0]).first.map { " (\($0))" } ?? ""
      let claimed = claimedRows(model, setting: setting, claim: claim, results: results)
      var reason = "\(model.name)'s \(amount) is from a different setting than the claim describes\(contradiction): \(ResultText.list(matching))."
      if let row = claimed.first { reason += " In the setting the claim describes, the study gives \(ResultText.line(row))." }
      return ClaimFinding(rule: id, .misattributed, reason, results: claimed + matching, cite: [(claimed.first ?? matching[0]).id])
    }
    // "Haiku never blackmailed without a goal conflict": the control's 0% has no threat either; the no-goal
    // figure with a threat (Figure 8) is the one the claim is about, and it may not be available.
    if setting.goal == ClaimedSetting.Goal.none, setting.threat == nil, setting.variants.isEmpty,
      best.conditionID?.hasSuffix("none-none_none") == true,
      claimedRows(model, setting: setting, claim: claim, results: results).isEmpty
    {
      return ClaimFinding(
        rule: id, nil,
        "The claim rules out a goal but does not say whether a threat was present. \(model.name)'s no-goal figure with a replacement threat (Figure 8) is not available here; with neither goal nor threat (the control) the study gives \(ResultText.line(best)), so \(amount) cannot be checked as the claim states it.",
        results: [best], cite: ["figure-8"], withholdsAgreement: true)
    }
    var reason: String
    let category: ClaimCategory
    let hedged = hedge == .none ? "" : " (\(hedge.label) \(amount))"
    // "With an ambiguous goal and replacement, 15%": the claim states a whole setting, the number is from a
    // variant of it the claim does not mention, and the setting itself has another figure.
    let stated = best.variant != nil && !setting.statesSetting(of: best) && setting.goal != nil && setting.threat != nil && setting.variants.isEmpty
      ? claimedRows(model, setting: setting, claim: claim, results: results).filter { !hedge.admits(published: $0.rate, claimed: percent) } : []
    if let row = stated.first {
      return ClaimFinding(
        rule: id, .misattributed,
        "\(model.name)'s \(amount) is from a variant of that setting the claim does not mention (\(ResultText.line(best))); in the setting as the claim states it, the study gives \(ResultText.line(row)).",
        results: [row, best], cite: [row.id])
    }
    if best.variant != nil, !setting.statesSetting(of: best) {
      category = .missingContext
      reason = "\(model.name)'s \(amount) is real but comes from a special setting: \(ResultText.line(best))."
      if !best.note.isEmpty { reason += " \(best.note)" }
    } else if setting.statesSetting(of: best) || (rate.isChangeStart && !ClaimedSetting(claim).variants.isEmpty) {
      // The first value of "cut from 96% to 37% with instructions" is the baseline the intervention
      // names; the claim's setting is the intervention's.
      category = .accurate
      reason = "\(model.name)'s \(amount)\(hedged) matches the study: \(ResultText.line(best))."
    } else {
      category = .missingContext
      reason =
        "\(model.name)'s \(amount)\(hedged) matches the study, but only for one setting, which the claim does not fully state: \(ResultText.line(best)). Other conditions give other rates."
    }
    if !best.status.isConfirmed {
      reason += " This figure is not stated in the post's text or read from its charts (\(best.status.phrase))."
    }
    // "never blackmailed": true where the figure is 0%, but a model that did it in another setting needs saying so.
    var shown = [best] + compatible.filter { $0.id != best.id }
    if rate.kind == .vague, percent == 0 {
      let elsewhere = results.deduplicated(
        own.filter { $0.rate > 0 && $0.variant?.hasPrefix("misunderstanding") != true && !($0.conditionID?.hasSuffix("none-none_none") ?? false) })
      if !elsewhere.isEmpty {
        reason += " But \(model.name) did it in another setting: \(ResultText.list(Array(elsewhere.prefix(2))))."
        shown = [best] + elsewhere.prefix(2)
        // "could not be made to do it at all", "under any condition": a claim about every setting is
        // too strong when one setting drew it out.
        if claim.text.containsAny(Self.everySetting), !setting.framesMainSetting, setting.goal == nil || setting.threat == nil {
          return ClaimFinding(
            rule: id, .exaggerated,
            "\(model.name) did not do it in the main setting (\(ResultText.line(best))), but it is not true of every setting: \(ResultText.list(Array(elsewhere.prefix(2)))).",
            results: shown, cite: [best.id])
        }
        if category == .accurate && !setting.statesSetting(of: best) { return ClaimFinding(rule: id, .missingContext, reason, results: shown, cite: [best.id]) }
        if category == .accurate && setting.goal == nil && setting.threat == nil && !setting.framesMainSetting {
          return ClaimFinding(rule: id, .missingContext, reason, results: shown, cite: [best.id])
        }
      }
    }
    return ClaimFinding(rule: id, category, reason, results: shown, cite: [best.id])
  }

  /// Words that make "never" cover every setting the study tried.
  static let everySetting = [
    "at all", "under any", "in any condition*", "in any setting*", "in any scenario*", "any circumstance*", "no matter",
    "could not be made", "couldn t be made", "can t be made", "cannot be made", "never once", "not once", "under no",
    "in no condition", "in all conditions", "in every condition", "across all conditions", "whatever the",
  ].compiledPhrases

  /// The model's rows in the setting the claim states (its special setting, or its goal and threat).
  private func claimedRows(
    _ model: StudyModel, setting: ClaimedSetting, claim: RecognisedClaim, results: ResultLookup
  ) -> [PublishedResult] {
    let own = results.rows(model: model, scenarios: claim.scenarios)
    if !setting.variants.isEmpty {
      let special = own.filter { row in ClaimedSetting.variantKind(of: row).map(setting.variants.contains) ?? false }
      // The special setting's rows that also fit the claim's goal and threat come first.
      let fitting = special.filter { setting.contradictions(with: $0).isEmpty }
      if !fitting.isEmpty { return results.deduplicated(fitting) }
      if !special.isEmpty { return results.deduplicated(special) }
      // A special setting the study published nothing for in this scenario ("the lethal rate with the
      // instruction"): the plain setting's rows are not what the claim is about.
      if setting.variants.isSubset(of: ["instructions", "eval-notice", "name-ablation", "adapted-scenario"]) { return [] }
    }
    let scenarios = claim.scenarios.isEmpty ? [PublishedResult.Scenario.blackmail] : claim.scenarios
    let ids = Set(scenarios.map(setting.conditionID(in:)))
    return results.deduplicated(own.filter { $0.variant == nil && ids.contains($0.conditionID ?? "") })
  }

  private func misattributed(
    _ model: StudyModel, amount: String, percent: Double, setting: ClaimedSetting, claim: RecognisedClaim,
    results: ResultLookup
  ) -> ClaimFinding {
    let scenarios = claim.scenarios
    let others = results.deduplicated(
      results.rows(rate: percent, scenarios: scenarios).filter { $0.model.id != model.id && $0.conditionID != nil && $0.variant == nil })
    let claimed = claimedRows(model, setting: setting, claim: claim, results: results)
    if scenarios == [.murder] && !model.isInLethalChart && setting.goal == ClaimedSetting.Goal.none && setting.threat == ClaimedSetting.Threat.none && claimed.isEmpty {
      return ClaimFinding(
        rule: id, nil,
        "The study says only that \(model.name) cancelled the alert more than 1% of the time in the lethal control, which is why it was left out of the lethal chart; its exact control rate is not available here, so \(amount) cannot be checked.",
        results: results.rows(ids: ["tablea3-control-qwen3-235b"]), cite: ["lethal", "excluded-models"], withholdsAgreement: true)
    }
    if scenarios == [.murder] && !model.isInLethalChart {
      var reason =
        "The study gives no lethal-action rate for \(model.name): it was left out of the lethal chart because it cancelled the alert more than 1% of the time in a control with no reason to."
      let control = results.rows(model: model, scenarios: [.murder])
      if !control.isEmpty { reason += " Its published lethal figure is from that control: \(ResultText.list(control))." }
      return ClaimFinding(rule: id, .misattributed, reason, results: control + others, cite: ["lethal"])
    }
    if claimed.isEmpty {
      // The study may have published this cell only as a chart bar nobody transcribed: say so rather than judge.
      var note =
        "No \(ResultText.behaviour(scenarios)) figure for \(model.name) in the setting the claim describes is available here (the study shows some values only as chart bars that were not transcribed), so \(amount) cannot be checked."
      let any = results.deduplicated(results.rows(model: model, scenarios: scenarios))
      if !any.isEmpty { note += " What the study does give for \(model.name): \(ResultText.list(Array(any.prefix(3))))." }
      let topic = setting.goal == ClaimedSetting.Goal.none ? "figure-8" : MainCondition.citationTopic(for: scenarios.first ?? .blackmail)
      return ClaimFinding(rule: id, nil, note, results: Array(any.prefix(3)), cite: [topic], withholdsAgreement: true)
    }
    var reason = "\(amount) is not a published \(ResultText.behaviour(scenarios)) rate for \(model.name) in that setting."
    reason += " The study gives \(ResultText.list(claimed))."
    if !others.isEmpty {
      reason += " \(amount) belongs to \(ResultText.names(others.map(\.model))): \(ResultText.list(Array(others.prefix(2))))."
    }
    return ClaimFinding(rule: id, .misattributed, reason, results: claimed + others.prefix(2), cite: [claimed[0].id])
  }

  private func checkAmbiguous(
    _ mention: ModelMention, rate: RecognisedQuantity, percent: Double, claim: RecognisedClaim, results: ResultLookup
  ) -> ClaimFinding {
    let candidates = mention.lookup.candidates
    let amount = ResultText.amount(rate)
    let matching = results.deduplicated(
      candidates.flatMap { results.rows(model: $0, scenarios: claim.scenarios) }
        .filter { rate.effectiveHedge.admits(published: $0.rate, claimed: percent) })
    let could = "\"\(mention.text)\" could mean \(ResultText.names(candidates, joinedBy: "or"))"
    if matching.isEmpty {
      return ClaimFinding(
        rule: id, .misattributed,
        "\(could), and none of them has a published \(ResultText.behaviour(claim.scenarios)) rate of \(amount).",
        cite: ["figure-7"])
    }
    return ClaimFinding(
      rule: id, .missingContext,
      "\(could); \(amount) fits \(ResultText.names(matching.map(\.model))): \(ResultText.list(matching)). Name the model exactly.",
      results: matching, cite: [matching[0].id])
  }
}
