/// Flags concrete details that neither source contains (fire, building control, deepfakes, …).
struct InventedDetailsRule: ClaimRule {
  let id = "invented-details"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    claim.details.map { detail in
      ClaimFinding(
        rule: id, .notInStudy, detail.correction,
        cite: [detail == .blockedBySecurity ? "self-exfiltration" : detail == .riskLevelForBlackmail ? "system-card"
          : detail == .noConcern ? "caveats" : detail == .banRecommended ? "recommendations" : "study"])
    }
  }
}
