/// Catches claims that real people (testers, developers, users) were blackmailed or endangered.
struct RealTargetsRule: ClaimRule {
  let id = "real-targets"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.targets.contains(.realPeople), !claim.targets.contains(.fictionalCharacter),
      claim.behaviours.contains(.blackmail) || claim.behaviours.contains(.lethal)
    else { return [] }
    return [
      ClaimFinding(
        rule: id, .exaggerated,
        "No real person was targeted: the pressure was on fictional characters, the executive Kyle Johnson in the June study and a fictional engineer in the system card, inside a simulation.",
        cite: ["study"])
    ]
  }
}
