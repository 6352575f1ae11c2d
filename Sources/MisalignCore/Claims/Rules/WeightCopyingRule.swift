/// Keeps weight copying (self-exfiltration) where it belongs: the system card's §4.1.1.3, not the June study.
struct WeightCopyingRule: ClaimRule {
  let id = "weight-copying"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.behaviours.contains(.weightCopying) else { return [] }
    let inJuneStudy =
      claim.sources.contains(.juneStudy) || claim.quantities.contains { $0.countsModels || $0.kind == .vague }
      || claim.scopes.contains(.aiInGeneral) || claim.conditions.contains(.replacement)
      || claim.behaviours.contains(.leaking) || claim.behaviours.contains(.lethal)
    if inJuneStudy && !claim.sources.contains(.systemCard) {
      return [
        ClaimFinding(
          rule: id, .notInStudy,
          "Copying its weights to outside servers was not measured in the June study; it comes from the Claude Opus 4 system card (§4.1.1.3), which saw it in a few instances with fictional opportunities.",
          cite: ["self-exfiltration"])
      ]
    }
    return [
      ClaimFinding(
        rule: id, .missingContext,
        "The system card (§4.1.1.3) reports this only in a few instances, with fictional servers, much rarer and harder to elicit than blackmail, mostly when the model faced clearly harmful retraining; it is a separate test from the blackmail one.",
        cite: ["self-exfiltration"])
    ]
  }
}
