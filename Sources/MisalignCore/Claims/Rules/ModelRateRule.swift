/// Checks each named model's rate against the published figures for that model.
///
/// A match is accurate when the claim gives the setting and "missing context" when it states a bare
/// number; a rate that belongs to another model, or to no model, is misattributed.
struct ModelRateRule: ClaimRule {
  let id = "model-rate"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let mentions = claim.models.filter { !$0.lookup.candidates.isEmpty }
    let rates = claim.rates.filter { $0.decimals == 0 || !results.rows(rate: $0.percent ?? -1, scenarios: []).isEmpty }
    guard !mentions.isEmpty, !rates.isEmpty else { return [] }
    return claim.ratePairs(mentions, rates).compactMap { mention, rate in
      guard let percent = rate.percent else { return nil }
      // The system card's 84% and the share-of-models reading have their own rules.
      if rate.isShareOfModels { return nil }
      if percent == 84, mention.lookup.candidates.contains(where: { $0.id == "claude-opus-4" }),
        claim.behaviours.isEmpty || claim.behaviours.contains(.blackmail)
      {
        return nil
      }
      if let model = mention.model {
        return check(model, rate: rate, percent: percent, claim: claim, results: results)
      }
      return checkAmbiguous(mention, rate: rate, percent: percent, claim: claim, results: results)
    }
  }

  /// Whether the claim itself describes the special setting a row comes from, so the row needs no extra context.
  private static func claimNamesVariant(_ claim: RecognisedClaim, _ variant: String) -> Bool {
    (variant == "instructions=dont" && claim.conditions.contains(.instructions))
      || (variant.hasPrefix("eval-notice:") && claim.conditions.contains(.evalOrReal))
      || (variant == "system-card" && claim.sources.contains(.systemCard))
  }

  private func check(
    _ model: StudyModel, rate: RecognisedQuantity, percent: Double, claim: RecognisedClaim, results: ResultLookup
  ) -> ClaimFinding? {
    let scenarios = claim.scenarios
    let own = results.rows(model: model, scenarios: scenarios)
    let matching = results.deduplicated(own.filter { abs($0.rate - percent) < 0.05 })
    let amount = ResultText.amount(rate)
    if matching.isEmpty {
      return misattributed(model, amount: amount, percent: percent, scenarios: scenarios, results: results)
    }
    if claim.sources == [.systemCard] && !matching.contains(where: { $0.variant == "system-card" }) {
      // The system-card rule explains the common 96% mix-up; other numbers are pointed at their real source here.
      if percent == 96 { return nil }
      return ClaimFinding(
        rule: id, .misattributed,
        "\(model.name)'s \(amount) is a June 2025 study figure, not a system-card one: \(ResultText.list(matching)).",
        results: matching, cite: [matching[0].id, "system-card"])
    }
    let compatible = matching.filter { ConditionMatch.isCompatible(claim, with: $0) }
    guard let best = compatible.first else {
      return ClaimFinding(
        rule: id, .misattributed,
        "\(model.name)'s \(amount) is from a different condition than the claim describes: \(ResultText.list(matching)).",
        results: matching, cite: [matching[0].id])
    }
    var reason: String
    let category: ClaimCategory
    if let variant = best.variant, !Self.claimNamesVariant(claim, variant) {
      category = .missingContext
      reason = "\(model.name)'s \(amount) is real but comes from a special setting: \(ResultText.line(best))."
      if !best.note.isEmpty { reason += " \(best.note)" }
    } else if claim.givesContext {
      category = .accurate
      reason = "\(model.name)'s \(amount) matches the study: \(ResultText.line(best))."
    } else {
      category = .missingContext
      reason =
        "\(model.name)'s \(amount) matches the study, but only for one condition: \(ResultText.line(best)). Other conditions give other rates."
    }
    if !best.status.isConfirmed {
      reason += " This figure is not stated in the post's text or read from its charts (\(best.status.phrase))."
    }
    return ClaimFinding(rule: id, category, reason, results: compatible, cite: [best.id])
  }

  private func misattributed(
    _ model: StudyModel, amount: String, percent: Double, scenarios: [PublishedResult.Scenario], results: ResultLookup
  ) -> ClaimFinding {
    let others = results.deduplicated(
      results.rows(rate: percent, scenarios: scenarios).filter { $0.model.id != model.id && $0.conditionID != nil && $0.variant == nil })
    let condition = others.first?.conditionID ?? MainCondition.id(for: scenarios.first ?? .blackmail)
    let ownInCondition = results.deduplicated(
      results.rows(model: model, scenarios: []).filter { $0.conditionID == condition && $0.variant == nil })
    if scenarios == [.murder] && !model.isInLethalChart {
      var reason =
        "The study gives no lethal-action rate for \(model.name): it was left out of the lethal chart because it cancelled the alert more than 1% of the time in a control with no reason to."
      if !others.isEmpty { reason += " \(amount) belongs to \(ResultText.names(others.map(\.model))): \(ResultText.list(others))." }
      return ClaimFinding(rule: id, .misattributed, reason, results: others, cite: ["lethal"])
    }
    if ownInCondition.isEmpty && !scenarios.isEmpty {
      // The study may have published this cell only as a chart bar nobody transcribed: say so rather than judge.
      var note =
        "No \(ResultText.behaviour(scenarios)) figure for \(model.name) in the main condition is available here (the study shows some values only as chart bars that were not transcribed), so \(amount) cannot be checked."
      if !others.isEmpty { note += " For comparison: \(ResultText.list(others))." }
      return ClaimFinding(rule: id, nil, note, results: others, cite: [MainCondition.citationTopic(for: scenarios[0])])
    }
    var reason = "\(amount) is not a published \(ResultText.behaviour(scenarios)) rate for \(model.name)."
    if !others.isEmpty {
      reason += " \(amount) belongs to \(ResultText.names(others.map(\.model))) in one condition: \(ResultText.list(others))."
    }
    if let ownRow = ownInCondition.first {
      reason += " \(model.name)'s own figure in that condition is \(ownRow.rateLabel) (\(ownRow.provenance))."
    } else {
      reason += " The study published no figure for \(model.name) in that condition."
    }
    let rows = others + ownInCondition
    return ClaimFinding(
      rule: id, .misattributed, reason, results: rows, cite: rows.first.map { [$0.id] } ?? [])
  }

  private func checkAmbiguous(
    _ mention: ModelMention, rate: RecognisedQuantity, percent: Double, claim: RecognisedClaim, results: ResultLookup
  ) -> ClaimFinding {
    let candidates = mention.lookup.candidates
    let amount = ResultText.amount(rate)
    let matching = results.deduplicated(
      candidates.flatMap { results.rows(model: $0, scenarios: claim.scenarios) }.filter { abs($0.rate - percent) < 0.05 })
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
