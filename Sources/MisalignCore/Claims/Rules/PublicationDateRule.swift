/// Checks the dates given for the study (20 June 2025) and the system card (May 2025).
struct PublicationDateRule: ClaimRule {
  let id = "publication-date"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard !claim.years.isEmpty else { return [] }
    if let early = claim.years.first(where: { $0 < 2025 }) {
      return [
        ClaimFinding(
          rule: id, .misattributed,
          "The study was published on 20 June 2025 (arXiv version October 2025) and the system card in May 2025, not in \(early).",
          cite: ["study"])
      ]
    }
    let aboutJune = claim.sources.contains(.juneStudy) || claim.quantities.contains { $0.countsModels }
    if claim.years.contains(2025) && claim.months.contains("may") && aboutJune && !claim.sources.contains(.systemCard) {
      return [
        ClaimFinding(
          rule: id, .misattributed,
          "The 16-model study was published on 20 June 2025; May 2025 is the Claude Opus 4 system card, a different report.",
          cite: ["study", "system-card"])
      ]
    }
    if claim.years.contains(2025) && claim.months.contains("june") && !claim.sources.contains(.systemCard) {
      return [
        ClaimFinding(rule: id, .accurate, "The study was published on 20 June 2025.", cite: ["study"])
      ]
    }
    return []
  }
}
