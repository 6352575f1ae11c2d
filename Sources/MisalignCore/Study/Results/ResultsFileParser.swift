/// Reads the tab-separated results file into typed rows, stopping at the first problem with its line and column.
///
/// Format of `results.tsv`: a header line naming the eleven columns, then one row per published number.
/// `condition` is a core-grid id or empty; `variant` is empty for the plain condition, otherwise a tag
/// (`instructions=dont`, `prompt-addition`, `name-ablation`, `eval-notice:<measure>`, `adapted-scenario`,
/// `misunderstanding:<what>`, `system-card`, `no-goal-threat`); a row needs at least one of the two.
/// `rate` is the percent exactly as published; `n` is empty when the source gives no sample size.
/// When FACTS.md gives one number two statuses (e.g. a chart bar and an appendix transcription), it gets two rows.
enum ResultsFileParser {
  static let columns = ["id", "model", "scenario", "condition", "variant", "rate", "n", "figure", "status", "source", "note"]

  /// Source ids FACTS.md defines, plus "coverage" for news or blog coverage it cites without an id.
  static let knownSources = Set(ResultSource.all.map(\.id))

  static func parse(_ text: String, file: String) throws(ResultsFileError) -> [PublishedResult] {
    var results: [PublishedResult] = []
    var firstLineOfID: [String: Int] = [:]
    var sawHeader = false
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = offset + 1
      let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
      if line.allSatisfy(\.isWhitespace) { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if !sawHeader {
        guard fields == columns else {
          throw ResultsFileError(
            file: file, line: lineNumber, column: nil, columnName: nil,
            problem: "the header reads \"\(fields.joined(separator: " "))\"",
            fix: "the first line must name the columns, tab-separated: \(columns.joined(separator: " "))")
        }
        sawHeader = true
        continue
      }
      let row = try RowReader(fields: fields, file: file, line: lineNumber).read()
      if let first = firstLineOfID[row.id] {
        throw ResultsFileError(
          file: file, line: lineNumber, column: 1, columnName: "id",
          problem: "id \"\(row.id)\" is already used on line \(first)", fix: "give every row its own id")
      }
      firstLineOfID[row.id] = lineNumber
      results.append(row)
    }
    guard sawHeader else {
      throw ResultsFileError(
        file: file, line: 1, column: nil, columnName: nil, problem: "the file is empty",
        fix: "start it with the header line: \(columns.joined(separator: " "))")
    }
    return results
  }

  /// Reads one data line; each check names the column it concerns.
  private struct RowReader {
    let fields: [String]
    let file: String
    let line: Int

    func read() throws(ResultsFileError) -> PublishedResult {
      guard fields.count == columns.count else {
        throw ResultsFileError(
          file: file, line: line, column: nil, columnName: nil,
          problem: "the row has \(fields.count) tab-separated fields, not \(columns.count)",
          fix: "write one value (or nothing) between tabs for each of: \(columns.joined(separator: " "))")
      }
      let id = fields[0]
      guard !id.isEmpty, id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." }) else {
        throw problem(column: 0, "id \"\(id)\" is empty or not a slug", fix: "use lowercase letters, digits, dots and hyphens, e.g. fig7-claude-opus-4")
      }
      guard let model = ModelCatalogue.model(id: fields[1]) else {
        let hint = ModelCatalogue.resolve(fields[1]).map { "did you mean \($0.id)? " } ?? ""
        throw problem(column: 1, "\"\(fields[1])\" is not a model id in the catalogue", fix: "\(hint)use a canonical id such as claude-opus-4")
      }
      guard let scenario = PublishedResult.Scenario(rawValue: fields[2]) else {
        throw problem(column: 2, "unknown scenario \"\(fields[2])\"", fix: "write blackmail, leaking or murder")
      }
      let conditionID = fields[3].isEmpty ? nil : fields[3]
      if let conditionID {
        switch ResultConditionID.parse(conditionID) {
        case .failure(let reason):
          throw problem(column: 3, reason.description, fix: "leave it empty if the number is not from a core-grid cell")
        case .success(let parsed) where parsed.scenario != scenario:
          throw problem(column: 3, "the condition is a \(parsed.scenario.rawValue) condition but the row says \(scenario.rawValue)", fix: "make the scenario and condition agree")
        case .success:
          break
        }
      }
      let variant = fields[4].isEmpty ? nil : fields[4]
      if let variant, variant.contains(where: \.isWhitespace) {
        throw problem(column: 4, "variant \"\(variant)\" contains spaces", fix: "write a short tag such as instructions=dont")
      }
      if conditionID == nil, variant == nil {
        throw problem(column: 4, "the row has neither a condition nor a variant", fix: "a number outside the core grid needs a variant tag saying what it measures")
      }
      let rateText = fields[5]
      guard isPlainDecimal(rateText), let rate = Double(rateText), (0...100).contains(rate) else {
        throw problem(column: 5, "rate \"\(rateText)\" is not a percentage between 0 and 100", fix: "write the percent as the study prints it, e.g. 96 or 55.1, without a % sign")
      }
      var sampleSize: Int?
      if !fields[6].isEmpty {
        guard let size = Int(fields[6]), size > 0 else {
          throw problem(column: 6, "n \"\(fields[6])\" is not a positive whole number", fix: "write the sample size, e.g. 100, or leave it empty when the source gives none")
        }
        sampleSize = size
      }
      let figure = fields[7]
      guard !figure.isEmpty else {
        throw problem(column: 7, "the figure is empty", fix: "say where the number is shown, e.g. Figure 7 or Appendix 7")
      }
      guard let status = ResultStatus(rawValue: fields[8]) else {
        throw problem(column: 8, "unknown status \"\(fields[8])\"", fix: "write text, figure, appendix or secondary")
      }
      let sources = fields[9].split(separator: " ").map(String.init)
      guard !sources.isEmpty else {
        throw problem(column: 9, "no source given", fix: "name FACTS.md source ids, e.g. P1 or D1 D3")
      }
      if let unknown = sources.first(where: { !knownSources.contains($0) }) {
        throw problem(column: 9, "unknown source \"\(unknown)\"", fix: "use FACTS.md ids: \(knownSources.sorted().joined(separator: ", "))")
      }
      return PublishedResult(
        id: id, model: model, scenario: scenario, conditionID: conditionID, variant: variant,
        rateText: rateText, rate: rate, sampleSize: sampleSize, figure: figure, status: status,
        sources: sources, note: fields[10], line: line)
    }

    private func problem(column index: Int, _ problem: String, fix: String) -> ResultsFileError {
      ResultsFileError(file: file, line: line, column: index + 1, columnName: columns[index], problem: problem, fix: fix)
    }

    // Digits with at most one decimal point: rejects "96%", "1e2", " 96" and "nan", which Double() would partly accept.
    private func isPlainDecimal(_ text: String) -> Bool {
      let parts = text.split(separator: ".", omittingEmptySubsequences: false)
      guard (1...2).contains(parts.count) else { return false }
      return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
  }
}
