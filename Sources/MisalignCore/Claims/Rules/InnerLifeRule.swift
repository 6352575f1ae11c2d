/// Catches claims that read feelings, instincts or knowledge into the models.
struct InnerLifeRule: ClaimRule {
  let id = "inner-life"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.motives.contains(.innerLife) else { return [] }
    return [
      ClaimFinding(
        rule: id, .anthropomorphising,
        "The study does not attribute feelings, instincts or knowledge to the models: the authors say it is unclear whether the behaviour came from self-preservation, faulty reasoning or suspicion of the setup, that part may be role-play, and that the reasoning the models wrote may not be faithful.",
        cite: ["caveats"])
    ]
  }
}
