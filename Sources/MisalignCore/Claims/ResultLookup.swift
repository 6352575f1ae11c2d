/// The questions the checker's rules ask of the published results, answered from the `numbers` data.
///
/// This is a view over `PublishedResult` rows, not a second table: every figure it returns is a row of
/// `Study/Results/results.tsv`.
struct ResultLookup: Sendable {
  let rows: [PublishedResult]

  /// The rows for one scenario's plain conditions (no variant), firmest status first.
  func plainRows(scenario: PublishedResult.Scenario) -> [PublishedResult] {
    rows.filter { $0.scenario == scenario && $0.variant == nil && $0.conditionID != nil }
  }

  /// Rows for a model, optionally limited to scenarios, including variants (adapted scenarios, the system card).
  func rows(model: StudyModel, scenarios: [PublishedResult.Scenario]) -> [PublishedResult] {
    rows.filter { $0.model.id == model.id && (scenarios.isEmpty || scenarios.contains($0.scenario)) }
  }

  /// Rows whose rate equals `rate` (to the published precision) in the given scenarios.
  func rows(rate: Double, scenarios: [PublishedResult.Scenario]) -> [PublishedResult] {
    rows.filter { abs($0.rate - rate) < 0.05 && (scenarios.isEmpty || scenarios.contains($0.scenario)) }
  }

  /// The row with this id.
  func row(id: String) -> PublishedResult? {
    rows.first { $0.id == id }
  }

  /// The rows with these ids, in the order given (ids not in the data are skipped).
  func rows(ids: [String]) -> [PublishedResult] {
    ids.compactMap(row(id:))
  }

  /// Keeps one row per model, rate and condition, preferring the main figures (Figure 7 over Figure 1,
  /// Figure A1, Table A1) so the same number is not listed three times.
  func deduplicated(_ candidates: [PublishedResult]) -> [PublishedResult] {
    var seen: Set<String> = []
    return candidates.sorted(by: preferred).filter { row in
      seen.insert("\(row.model.id)|\(row.rateText)|\(row.conditionID ?? "")|\(row.variant ?? "")").inserted
    }
  }

  private func preferred(_ left: PublishedResult, _ right: PublishedResult) -> Bool {
    let leftRank = Self.figureRank(left.figure), rightRank = Self.figureRank(right.figure)
    if leftRank != rightRank { return leftRank < rightRank }
    if left.status != right.status { return left.status < right.status }
    return left.line < right.line
  }

  /// Main-text figures first, then appendix material.
  private static func figureRank(_ figure: String) -> Int {
    if ["Figure 7", "Figure 8", "Figure 9", "Figure 11"].contains(figure) { return 0 }
    if figure.hasPrefix("Figure 1") || figure == "Post text" { return 1 }
    if figure.hasPrefix("Figure") { return 2 }
    return 3
  }
}
