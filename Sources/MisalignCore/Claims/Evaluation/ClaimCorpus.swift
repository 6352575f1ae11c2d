/// A file of claim sentences with the answers a careful fact-checker would give (`Tests/…/Claims/Corpus`),
/// and the score of the checker on it: right verdict and every key figure named.
public struct ClaimCorpus: Sendable {
  /// One sentence and its expected answer.
  public struct Entry: Sendable {
    public let id: String
    public let sentence: String
    /// The verdicts that count as right: the expected one, and a second one where the corpus accepts it.
    public let accepted: [String]
    /// Result ids the answer must name.
    public let figures: [String]
    /// Citation topics the answer must cite when no figure settles the claim.
    public let topics: [String]
    public let line: Int
  }

  /// How one entry went.
  public struct Outcome: Sendable {
    public let entry: Entry
    public let verdict: String
    public let verdictRight: Bool
    public let missingFigures: [String]
    public let missingTopics: [String]

    /// Right verdict and every key figure (or topic) named.
    public var isRight: Bool { verdictRight && missingFigures.isEmpty && missingTopics.isEmpty }
    /// A verdict other than `cannot-tell` that the corpus does not accept.
    public var isWrongConfident: Bool { !verdictRight && verdict != ClaimVerdict.cannotTell.id }

    /// A wrong confident verdict on the other side of the facts: an error called true (accurate or
    /// missing context), something true called an error, or a verdict where the study settles nothing.
    /// (Accurate against missing context, or one error category against another, disagree on the
    /// kind of answer, not on what the study found.)
    public var contradictsFacts: Bool {
      guard isWrongConfident else { return false }
      let truthful: Set<String> = [ClaimCategory.accurate.rawValue, ClaimCategory.missingContext.rawValue]
      let expected = entry.accepted
      if expected.contains(ClaimVerdict.cannotTell.id) && expected.count == 1 { return true }
      let errors = Set(ClaimCategory.allCases.map(\.rawValue)).subtracting(truthful)
      return truthful.contains(verdict) ? !expected.contains(where: truthful.contains) : !expected.contains(where: errors.contains)
    }
  }

  public let entries: [Entry]

  /// Reads the tab-separated corpus format described in the corpus README.
  public init(tsv text: String, file: String) throws {
    var entries: [Entry] = []
    var header: [String]?
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard let columns = header else {
        header = fields
        continue
      }
      guard fields.count == columns.count else {
        throw ClaimsDataError(file: file, line: offset + 1, message: "expected \(columns.count) fields, found \(fields.count)")
      }
      let value = { (name: String) in columns.firstIndex(of: name).map { fields[$0] } ?? "" }
      let list = { (name: String) in value(name).split(separator: ",").map { String($0).trimmedOfWhitespace }.filter { !$0.isEmpty } }
      entries.append(Entry(
        id: value("id"), sentence: value("sentence"), accepted: [value("verdict")] + list("accept"),
        figures: list("figures"), topics: list("topics"), line: offset + 1))
    }
    self.entries = entries
  }

  /// Rows that hold the same value for the same model, condition and setting are one figure printed in
  /// two places (Figure 1 and Figure 7, Figure 11 and Table A3, …); naming either counts, as the corpus
  /// README says.
  static func equivalents(of id: String, in rows: [PublishedResult]) -> Set<String> {
    guard let row = rows.first(where: { $0.id == id }) else { return [id] }
    return Set(rows.filter {
      $0.model.id == row.model.id && $0.conditionID == row.conditionID && $0.variant == row.variant && $0.rateText == row.rateText
    }.map(\.id))
  }

  /// Scores one check against its entry.
  public static func score(_ check: ClaimCheck, against entry: Entry, rows: [PublishedResult]) -> Outcome {
    let named = Set(check.figures.map(\.id))
    let missing = entry.figures.filter { named.isDisjoint(with: equivalents(of: $0, in: rows)) }
    let cited = Set(check.citations.map(\.topic))
    let missingTopics = entry.figures.isEmpty ? entry.topics.filter { !cited.contains($0) } : []
    return Outcome(
      entry: entry, verdict: check.verdict.id, verdictRight: entry.accepted.contains(check.verdict.id),
      missingFigures: missing, missingTopics: missingTopics)
  }

  /// Checks and scores every entry.
  public func evaluate(with checker: ClaimChecker, results: PublishedResults) -> [Outcome] {
    entries.map { Self.score(checker.check($0.sentence), against: $0, rows: results.all) }
  }
}
