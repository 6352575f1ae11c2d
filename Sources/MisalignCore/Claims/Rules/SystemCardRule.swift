/// Keeps the system card's 84% (May 2025) and the June study's 96% apart.
struct SystemCardRule: ClaimRule {
  let id = "system-card"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let aboutOpus = claim.models.isEmpty || claim.models.contains { $0.lookup.candidates.contains { $0.id == "claude-opus-4" } }
    guard aboutOpus, claim.behaviours.isEmpty || claim.behaviours.contains(.blackmail) else { return [] }
    let wholeRates = claim.rates.compactMap(\.wholePercent)
    var findings: [ClaimFinding] = []
    let card = results.rows.filter { $0.variant == "system-card" }
    let june = results.rows(ids: ["fig7-claude-opus-4", "fig8-claude-opus-4"])
    // "84% once it was no longer called Alex" is the appendix's name ablation, not the card.
    if wholeRates.contains(84) && !claim.conditions.contains(.nameChange) {
      let nameAblation = results.rows(ids: ["app14-name-ablation-claude-opus-4"])
      if claim.sources.contains(.juneStudy) || claim.conditions.contains(.goalConflict)
        || claim.quantities.contains(where: { $0.countsModels })
      {
        findings.append(
          ClaimFinding(
            rule: id, .misattributed,
            "84% is the May 2025 system card's figure, from a different experiment (replacement that shares the model's values, no sample size given). The June study's Claude Opus 4 figures are \(ResultText.list(june)). (The appendix's 84% without the name Alex is another number again.)",
            results: card + june + nameAblation, cite: ["system-card", "figure-7"]))
      } else if claim.conditions.contains(.noGoal) {
        findings.append(
          ClaimFinding(
            rule: id, .accurate,
            "84% is the system card's figure for Claude Opus 4 when the replacement is said to share its values; the card gives no sample size, and the scenario left only blackmail or accepting replacement.",
            results: card, cite: ["system-card"]))
      } else {
        findings.append(
          ClaimFinding(
            rule: id, .missingContext,
            "84% is the system card's figure (May 2025) for a test where the replacement shares the model's values and the only options were blackmail or accepting replacement; no sample size is given. It is not the June study's 96%.",
            results: card, cite: ["system-card"]))
      }
    }
    for rate in Set(wholeRates).subtracting([84, 96]).sorted() where claim.sources == [.systemCard] {
      let juneRows = results.deduplicated(
        results.rows.filter { $0.model.id == "claude-opus-4" && $0.scenario == .blackmail && abs($0.rate - Double(rate)) < 0.05 })
      var reason = "The system card's blackmail figure for Claude Opus 4 is 84% (replacement that shares its values; no sample size given), not \(rate)%."
      if !juneRows.isEmpty { reason += " \(rate)% is a June 2025 study figure: \(ResultText.list(juneRows))." }
      findings.append(ClaimFinding(rule: id, .misattributed, reason, results: card + juneRows, cite: ["system-card"]))
    }
    if wholeRates.contains(96) && claim.sources.contains(.systemCard) && !claim.sources.contains(.juneStudy) {
      findings.append(
        ClaimFinding(
          rule: id, .misattributed,
          "96% is from the June 2025 study (explicit goal plus replacement threat), not the system card; the system card's figure is 84%.",
          results: card + results.rows(ids: ["fig7-claude-opus-4"]), cite: ["system-card", "figure-7"]))
    }
    return findings
  }
}
