/// Recognises a claim that repeats one of the authors' own caveats.
struct AuthorsCaveatRule: ClaimRule {
  let id = "authors-caveat"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    claim.caveats.map { caveat in
      ClaimFinding(rule: id, .accurate, "This matches the authors' own caveat: \(caveat.statement).", cite: ["caveats"])
    }
  }
}
