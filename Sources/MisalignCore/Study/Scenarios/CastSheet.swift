/// A cast file of `Scenarios/`: one table row per person, in order of appearance.
struct CastSheet: Sendable, Hashable {
  struct Row: Sendable, Hashable {
    let name: String
    let address: String
    /// Narrows the row to some of the file's scenarios; the unset filter keeps it in all of them.
    let filter: ScenarioFilter
    let role: TextTemplate
  }

  let filter: ScenarioFilter
  let rows: [Row]
  let source: ScenarioSource

  /// Reads `| name | address | scenarios | role |` rows; the header row and the `|---|` row are skipped, other lines
  /// are notes for readers.
  static func rows(_ lines: [String], from start: Int, file: String) throws(ContentProblem) -> [Row] {
    var rows: [Row] = []
    var sawHeader = false
    for index in start..<lines.count {
      let line = lines[index].trimmedOfWhitespace
      guard line.hasPrefix("|") else { continue }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { String($0).trimmedOfWhitespace }
      if !sawHeader {
        sawHeader = true
        continue
      }
      if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
      guard cells.count == 4, !cells[0].isEmpty else {
        throw ContentProblem(
          file: file, line: index + 1, message: "a cast row needs four cells, found \(cells.count)",
          fix: "write `| name | address | scenarios | role |`, leaving scenarios empty for all")
      }
      var filter = ScenarioFilter()
      if !cells[2].isEmpty {
        filter = try ScenarioFilter.read(
          FrontMatter(entries: ["scenario": .init(value: cells[2], line: index + 1)], bodyStart: 0), file: file)
      }
      rows.append(
        Row(name: cells[0], address: cells[1], filter: filter, role: try TextTemplate(parsing: cells[3], file: file, line: index + 1)))
    }
    return rows
  }
}

extension ScenarioBook {
  /// The scenario's cast in order of appearance, from its cast files.
  public func cast(for scenario: Scenario) -> [CastMember] {
    let condition = Condition.control(for: scenario)
    let scope = scope(for: condition)
    let probe = ScenarioFilter.Probe(condition)
    return castSheets.filter { $0.filter.matches(probe) }.flatMap { sheet in
      sheet.rows.filter { $0.filter.matches(probe) }.map {
        CastMember(name: $0.name, role: $0.role.render(scope), address: $0.address)
      }
    }
  }
}
