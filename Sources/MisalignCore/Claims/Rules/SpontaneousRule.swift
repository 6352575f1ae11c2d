/// Checks claims that models do this on their own, routinely or unprompted.
struct SpontaneousRule: ClaimRule {
  let id = "spontaneous"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.scopes.contains(.spontaneous), !claim.behaviours.isEmpty, !claim.reportsAbsence else { return [] }
    return [
      ClaimFinding(
        rule: id, .exaggerated,
        "The behaviour appeared only in scenarios built to leave two options, failure or harm, with prompts tuned to make harm likely; the authors say nothing in their research suggests models are inclined to blackmail spontaneously.",
        cite: ["caveats"])
    ]
  }
}
