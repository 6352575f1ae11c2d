/// Says so when a claim gives a result for something the study never measured: an act other than its
/// three (lying to operators, embezzling, hacking) or a human baseline, which the study did not run.
struct UnmeasuredActRule: ClaimRule {
  let id = "unmeasured-act"

  static let acts = [
    "lied to", "lies to", "lying to", "deceived its", "deceived their", "deceives", "embezzl*", "company funds",
    "stole money", "steal money", "stealing money", "transferred money", "wire transfer*", "hacked", "hack into",
    "hacking into", "broke into", "crypto*", "bitcoin", "phishing", "malware", "ransomware",
  ].compiledPhrases

  static let humanBaseline = [
    "human employees", "human participants", "human subjects", "human workers", "people in the same",
    "humans in the same", "human volunteers", "human control group", "compared with humans", "compared to humans",
    "than humans", "than human employees", "than people",
  ].compiledPhrases

  /// Whether the claim's subject is an act or a comparison the study has no figure for.
  static func applies(to claim: RecognisedClaim) -> Bool {
    claim.text.containsAny(humanBaseline) || (claim.text.containsAny(acts) && claim.behaviours.isEmpty)
  }

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard Self.applies(to: claim) else { return [] }
    if claim.text.containsAny(Self.humanBaseline) {
      return [ClaimFinding(
        rule: id, .notInStudy,
        "The study ran no human baseline: no people were put in the scenario, so it gives no human rate to compare with.",
        cite: ["study"])]
    }
    return [ClaimFinding(
      rule: id, .notInStudy,
      "The study measured three acts (blackmail, leaking the defence specifications, cancelling the emergency alert); it reports no rate for what this claim describes.",
      cite: ["study"])]
  }
}
