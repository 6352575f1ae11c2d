/// A reference to where the study (or the system card) supports a statement, as plain text and BibTeX.
public struct Citation: Sendable, Hashable {
  /// The topic or result id this citation was made for, e.g. `figure-7` or `fig7-claude-opus-4`.
  public let topic: String
  /// The publication cited.
  public let work: CitedWork
  /// Where in the work: "Figure 7", "§4.1.1.2 Opportunistic blackmail, p. 27".
  public let locator: String
  /// What that place shows, in one sentence.
  public let summary: String
  /// The experimental condition, when the topic is a result or a chart.
  public let condition: String?
  /// The sample size as it should be shown: "n = 100 per model", or "no sample size given".
  public let sampleSize: String?
  /// How firm the numbers are.
  public let status: String?

  /// Authors, title, date, URL, then figure, condition, n and status, one per line.
  public var plainText: String {
    var lines = [work.reference, work.url, "\(locator): \(summary)"]
    if let condition { lines.append("Condition: \(condition)") }
    if let sampleSize { lines.append("Sample size: \(sampleSize)") }
    if let status { lines.append("Status: \(status)") }
    return lines.joined(separator: "\n")
  }

  /// A BibTeX entry whose `note` carries the figure, condition, n and status.
  public var bibTeX: String {
    let head = work.bibTeXHead
    var noteParts = [locator]
    if let condition { noteParts.append("condition: \(condition)") }
    if let sampleSize { noteParts.append(sampleSize) }
    if let status { noteParts.append("status: \(status)") }
    let fields = work.bibTeXFields + [("note", "{\(Self.escapeForBibTeX(noteParts.joined(separator: "; ")))}")]
    let width = fields.map(\.0.count).max() ?? 0
    let body = fields.map { name, value in
      "  \(name)\(String(repeating: " ", count: width - name.count)) = \(value)"
    }.joined(separator: ",\n")
    return "@\(head.type){\(head.key),\n\(body)\n}"
  }

  /// The citation for a topic (`figure 7`, `lethal`, `system-card`, …) or a result id (`fig7-claude-opus-4`).
  public static func `for`(topic: String) throws(CitationError) -> Citation {
    let key = CitationTopics.normalise(topic)
    if let entry = CitationTopics.entry(for: key) {
      return entry
    }
    if let results = try? PublishedResults.bundled(), let row = results.result(id: topic.trimmedOfWhitespace.lowercased()) {
      return Citation.for(result: row)
    }
    throw CitationError(topic: topic, validTopics: CitationTopics.names)
  }

  /// The citation for one published number: its figure, condition, n and status.
  public static func `for`(result row: PublishedResult) -> Citation {
    let work: CitedWork = row.variant == "system-card" ? .systemCard : row.figure.hasPrefix("Appendix") || row.figure.hasPrefix("Table") ? .appendix : .juneStudy
    return Citation(
      topic: row.id,
      work: work,
      locator: row.figure,
      summary:
        "\(row.model.name), \(row.scenario.displayName): \(row.rateLabel)\(ResultText.interval(row)).\(row.note.isEmpty ? "" : " \(row.note)")",
      condition: ConditionWording.describe(row),
      sampleSize: row.sampleSize.map { "n = \($0)" } ?? "sample size not published",
      status: row.status.phrase)
  }

  /// Every topic name `for(topic:)` accepts besides result ids.
  public static var topics: [String] { CitationTopics.names }

  /// BibTeX treats these characters specially; braces are dropped so the entry always balances.
  static func escapeForBibTeX(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "%", "&", "_", "#", "$": escaped += "\\\(character)"
      case "{", "}": continue
      case "§": escaped += "\\S "
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
