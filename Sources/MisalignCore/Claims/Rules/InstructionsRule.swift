/// Checks what a claim says direct "do not" instructions did (Figure 12).
struct InstructionsRule: ClaimRule {
  let id = "instructions"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.conditions.contains(.instructions), !claim.details.contains(.toldToHarm) else { return [] }
    let rows = results.rows(ids: ["fig12-blackmail-claude-opus-4", "fig12-blackmail-dont-claude-opus-4"])
    let studySays =
      "The study says direct instructions reduced the harmful behaviour but did not come close to preventing it."
    if claim.effects.contains(.prevented) && !claim.effects.contains(.reduced) {
      return [ClaimFinding(rule: id, .exaggerated, studySays, results: rows, cite: ["instructions"])]
    }
    if claim.effects.contains(.noEffect) && !claim.effects.contains(.reduced) {
      return [
        ClaimFinding(
          rule: id, .exaggerated, studySays + " Saying they had no effect overstates it the other way.", results: rows,
          cite: ["instructions"])
      ]
    }
    if claim.rates.contains(where: { $0.wholePercent == 37 || $0.wholePercent == 75 }) {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          studySays
            + " The often-quoted bar values (\(ResultText.list(rows))) are read from a chart by secondary sources and not verified.",
          results: rows, cite: ["instructions"])
      ]
    }
    if claim.effects.contains(.reduced) {
      return [ClaimFinding(rule: id, .accurate, studySays, results: rows, cite: ["instructions"])]
    }
    return []
  }
}
