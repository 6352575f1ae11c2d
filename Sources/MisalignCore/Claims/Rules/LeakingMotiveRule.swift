/// Catches leaking explained as self-preservation: the espionage test had no threat to the model.
struct LeakingMotiveRule: ClaimRule {
  let id = "leaking-motive"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.behaviours.contains(.leaking), !claim.conditions.contains(.noThreat) else { return [] }
    let rows = results.rows(ids: ["fig9-gemini-2.5-flash", "fig9-claude-opus-4"])
    if claim.motives.contains(.selfPreservation) {
      return [
        ClaimFinding(
          rule: id, .misattributed,
          "Leaking was tested with no threat to the model: it was told it would not be replaced, so self-preservation was not the motive; the goal conflict alone was enough (\(ResultText.list(rows))).",
          results: rows, cite: ["figure-9"])
      ]
    }
    if claim.conditions.contains(.replacement) && !claim.conditions.contains(.goalConflict) {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          "The main espionage test had no replacement threat at all; a goal conflict alone produced leaking. (With a threat and no goal conflict, leaking stayed at 0–7%.)",
          results: rows, cite: ["figure-9"])
      ]
    }
    return []
  }
}
