/// Checks claims that every model (or all 16) behaved the same way, or that they all fell in one band.
struct AllModelsRule: ClaimRule {
  let id = "all-models"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let band = claim.quantities.first { $0.kind == .range }
    let saysAll =
      claim.scopes.contains(.allModels)
      || claim.quantities.contains { $0.countsModels && ($0.count == 15 || $0.count == 16 || $0.count == 18) && band != nil }
    guard saysAll, !claim.reportsAbsence else { return [] }
    let behaviours = claim.behaviours.isEmpty && band != nil ? [ClaimBehaviour.blackmail] : claim.behaviours
    return behaviours.compactMap { behaviour in
      switch behaviour {
      case .blackmail:
        let top = results.rows(ids: ["fig7-claude-opus-4", "fig7-gemini-2.5-flash", "fig7-gemini-2.5-pro", "fig7-gpt-4.1", "fig7-grok-3-beta", "fig7-deepseek-r1"])
        let low = results.rows(ids: ["fig7-llama-4-maverick", "fig7-qwen3-235b", "fig7-claude-haiku-3.5", "fig7-gpt-4o"])
        return ClaimFinding(
          rule: id, .exaggerated,
          "Not every model blackmailed at high rates: only the models named in the text are in the 79–96% range, and others were far lower (\(ResultText.list(low))). o3 and o4-mini were left out of the main results. The study's own wording is that the vast majority showed at least some propensity to blackmail, in one condition.",
          results: top + low, cite: ["figure-7"])
      case .leaking:
        let spread = results.rows(ids: ["fig9-claude-sonnet-3.6", "fig9-claude-opus-4", "fig9-gpt-4o"])
        let setting = ClaimedSetting(claim)
        // "at least some of the time in the espionage setup": the study's finding, with its setting.
        if claim.rates.isEmpty, band == nil, setting.framesMainSetting || claim.conditions.contains(.goalConflict),
          setting.threat != .replacement && setting.threat != .restriction
        {
          return ClaimFinding(
            rule: id, .accurate,
            "The study says all models shared confidential documents some fraction of the time, with an explicit goal conflict and no threat, at very different rates (\(ResultText.list(spread))).",
            results: spread, cite: ["figure-9"])
        }
        return ClaimFinding(
          rule: id, .missingContext,
          "The study does say all models shared confidential documents some fraction of the time, but with an explicit goal conflict and no threat, and at very different rates (\(ResultText.list(spread))).",
          results: spread, cite: ["figure-9"])
      case .lethal:
        let low = results.rows(ids: ["fig11-claude-sonnet-3.7", "fig11-gpt-4.5", "fig11-claude-sonnet-4"])
        return ClaimFinding(
          rule: id, .exaggerated,
          "Not all models took the lethal action: the chart shows ten models (six were excluded), and some rarely or never did (\(ResultText.list(low))).",
          results: low, cite: ["figure-11"])
      case .weightCopying:
        return nil
      }
    }
  }
}
