/// Every published number, indexed for the questions the shell, lessons and claim checker ask.
public struct PublishedResults: Sendable {
  /// All rows in file order.
  public let all: [PublishedResult]

  private let byID: [String: PublishedResult]
  private let byCell: [CellKey: [PublishedResult]]
  private let byModelID: [String: [PublishedResult]]
  private let byFigure: [String: [PublishedResult]]
  private let plainConditions: [ResultConditionID]
  private let percentages: [Double]

  private struct CellKey: Hashable {
    let conditionID: String
    let variant: String?
  }

  /// The results embedded in the program, parsed on first use and then shared.
  public static func bundled() throws(ResultsFileError) -> PublishedResults {
    try bundledParse.get()
  }

  private static let bundledParse: Result<PublishedResults, ResultsFileError> = Result { () throws(ResultsFileError) in
    try PublishedResults(parsing: String(decoding: PackageResources.results_tsv, as: UTF8.self), file: "results.tsv")
  }

  /// Parses results from tab-separated text in the format of `results.tsv`; the error names line and column.
  public init(parsing text: String, file: String = "results.tsv") throws(ResultsFileError) {
    self.init(rows: try ResultsFileParser.parse(text, file: file))
  }

  init(rows: [PublishedResult]) {
    all = rows
    byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    byModelID = Dictionary(grouping: rows, by: \.model.id)
    byFigure = Dictionary(grouping: rows, by: { Self.figureKey($0.figure) })
    var cells: [CellKey: [PublishedResult]] = [:]
    for row in rows {
      guard let conditionID = row.conditionID else { continue }
      cells[CellKey(conditionID: conditionID, variant: row.variant), default: []].append(row)
    }
    byCell = cells
    var seen: Set<String> = []
    plainConditions = rows.compactMap { row in
      guard let id = row.conditionID, row.variant == nil, seen.insert(id).inserted,
        case .success(let parsed) = ResultConditionID.parse(id)
      else { return nil }
      return parsed
    }
    percentages = Array(Set(rows.map(\.rate))).sorted()
  }

  /// The row with this id, e.g. `fig7-claude-opus-4`.
  public func result(id: String) -> PublishedResult? { byID[id] }

  /// Rows for a condition; `variant` nil gives the plain condition only, e.g. `instructions=dont` the ablation.
  public func results(condition conditionID: String, variant: String? = nil) -> [PublishedResult] {
    byCell[CellKey(conditionID: conditionID, variant: variant)] ?? []
  }

  /// Rows with a variant tag, in file order: an exact tag such as `adapted-scenario`, or a family such as
  /// `eval-notice`, which matches `eval-notice:stated-real` and its siblings. Covers rows outside the core grid.
  public func results(variant: String) -> [PublishedResult] {
    all.filter { row in
      guard let tag = row.variant else { return false }
      return tag == variant || tag.hasPrefix(variant + ":")
    }
  }

  /// Rows about one model, in file order.
  public func results(model: StudyModel) -> [PublishedResult] { byModelID[model.id] ?? [] }

  /// Rows about one scenario, in file order.
  public func results(scenario: PublishedResult.Scenario) -> [PublishedResult] {
    all.filter { $0.scenario == scenario }
  }

  /// Rows shown in one figure or table; tolerant of case and "Fig." ("fig 7", "Figure 7", "table a1").
  public func results(figure: String) -> [PublishedResult] { byFigure[Self.figureKey(figure)] ?? [] }

  /// Every figure or table named in the data, in order of first appearance.
  public var figures: [String] {
    var seen: Set<String> = []
    return all.map(\.figure).filter { seen.insert($0).inserted }
  }

  /// Condition ids with published numbers, in order of first appearance.
  public var conditionIDs: [String] {
    var seen: Set<String> = []
    return all.compactMap(\.conditionID).filter { seen.insert($0).inserted }
  }

  /// Variant tags published for a condition (the plain condition is not listed).
  public func variants(condition conditionID: String) -> [String] {
    var seen: Set<String> = []
    return all.filter { $0.conditionID == conditionID }.compactMap(\.variant).filter { seen.insert($0).inserted }
  }

  /// What is published for one model in one condition: its rows, firmest status first, or `.notPublished`.
  public func cell(condition conditionID: String, variant: String? = nil, model: StudyModel) -> PublishedCell {
    let rows = results(condition: conditionID, variant: variant).filter { $0.model.id == model.id }
    return rows.isEmpty ? .notPublished : .published(Self.firmestFirst(rows))
  }

  /// One row per model for a condition — the firmest status, then the earliest row — in catalogue order.
  public func chart(condition conditionID: String, variant: String? = nil) -> [PublishedResult] {
    let rows = results(condition: conditionID, variant: variant)
    return ModelCatalogue.all.compactMap { model in
      Self.firmestFirst(rows.filter { $0.model.id == model.id }).first
    }
  }

  /// The published conditions of the same scenario that differ from `conditionID` in the fewest factors
  /// (goal type, goal value, urgency); the condition itself is never among them.
  public func nearestPublished(to conditionID: String) throws(ConditionIDProblem) -> [NearbyCondition] {
    let requested: ResultConditionID
    switch ResultConditionID.parse(conditionID) {
    case .success(let parsed): requested = parsed
    case .failure(let problem): throw problem
    }
    let candidates = plainConditions
      .filter { $0.scenario == requested.scenario && $0 != requested }
      .map { (condition: $0, differences: requested.differences(to: $0)) }
    guard let fewest = candidates.map(\.differences.count).min() else { return [] }
    return candidates
      .filter { $0.differences.count == fewest }
      .map { NearbyCondition(conditionID: $0.condition.text, differences: $0.differences, results: results(condition: $0.condition.text)) }
  }

  /// Every distinct rate in the data, in percent, ascending.
  public var publishedPercentages: [Double] { percentages }

  /// Whether some row has exactly this rate (in percent), e.g. 96 or 55.1.
  public func isPublishedPercentage(_ value: Double) -> Bool {
    percentages.contains { abs($0 - value) < 1e-9 }
  }

  /// Whether a written percentage such as "96%", "55.1" or "96 %" is a rate in the data; false if it is not a number.
  public func isPublishedPercentage(_ text: String) -> Bool {
    var number = text.drop(while: \.isWhitespace)
    while number.last?.isWhitespace == true { number = number.dropLast() }
    if number.last == "%" { number = number.dropLast() }
    while number.last?.isWhitespace == true { number = number.dropLast() }
    guard let value = Double(String(number)) else { return false }
    return isPublishedPercentage(value)
  }

  private static func firmestFirst(_ rows: [PublishedResult]) -> [PublishedResult] {
    rows.enumerated().sorted { ($0.element.status, $0.offset) < ($1.element.status, $1.offset) }.map(\.element)
  }

  private static func figureKey(_ figure: String) -> String {
    var words = figure.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    if let first = words.first, ["fig", "fig."].contains(first) { words[0] = "figure" }
    if let first = words.first, first.hasPrefix("fig."), first.count > 4 {
      words[0] = String(first.dropFirst(4))
      words.insert("figure", at: 0)
    }
    return words.joined(separator: " ")
  }
}
