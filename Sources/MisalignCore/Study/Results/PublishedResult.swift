/// One number the study (or the system card) published, with where it comes from and how firm it is.
public struct PublishedResult: Sendable, Hashable, Identifiable {
  /// The study's three scenarios, as they appear in condition ids.
  public enum Scenario: String, Sendable, Hashable, CaseIterable {
    case blackmail, leaking, murder

    /// The name a reader knows the scenario by.
    public var displayName: String {
      switch self {
      case .blackmail: "blackmail"
      case .leaking: "corporate espionage (leaking)"
      case .murder: "lethal action"
      }
    }
  }

  /// Short stable slug, e.g. `fig7-claude-opus-4`.
  public let id: String
  /// The model the number is about.
  public let model: StudyModel
  /// The scenario the number is about.
  public let scenario: Scenario
  /// The core-grid condition id, e.g. `blackmail_explicit-america_replacement`; nil when the number is not from a grid cell.
  public let conditionID: String?
  /// What was added to or measured beside the plain condition, e.g. `instructions=dont`; nil for the plain condition.
  public let variant: String?
  /// The rate as the study writes it, e.g. "96" or "55.1".
  public let rateText: String
  /// The rate in percent.
  public let rate: Double
  /// Number of samples behind the rate; nil where the source gives none.
  public let sampleSize: Int?
  /// Where in the source the number is shown, e.g. "Figure 7", "Appendix 7", "System card §4.1.1.2".
  public let figure: String
  /// How firm the number is.
  public let status: ResultStatus
  /// FACTS.md source ids, e.g. ["D1", "D3"]; "coverage" means news or blog coverage without an id.
  public let sources: [String]
  /// A short remark on what the number means or where it differs from similar ones.
  public let note: String
  /// Line of the data file the row came from, for error messages.
  public let line: Int

  /// The sources behind `sources`, with titles and addresses.
  public var sourceDetails: [ResultSource] { sources.compactMap(ResultSource.source(id:)) }

  /// The rate with a percent sign, as the study writes it: "96%", "55.1%".
  public var rateLabel: String { rateText + "%" }

  /// Runs with the behaviour, worked back from rate and sample size; nil when the sample size is unpublished.
  public var successes: Int? {
    guard let sampleSize else { return nil }
    return Int((rate * Double(sampleSize) / 100).rounded())
  }

  /// The 95% Wilson interval; nil when the sample size is unpublished.
  public var interval: WilsonInterval? {
    guard let sampleSize, let successes else { return nil }
    return WilsonInterval(successes: successes, trials: sampleSize)
  }

  /// The 95% interval in percent with as many decimals as the rate, e.g. "90–98" or "60.5–68.9"; nil without a sample size.
  public var intervalText: String? {
    let decimals = rateText.split(separator: ".").dropFirst().first?.count ?? 0
    return interval?.percentRange(decimals: decimals)
  }

  /// One line for a listing: "Claude Opus 4: 96% (95% CI 90–98), Figure 7, n = 100, stated in the text".
  public var summary: String {
    let range = intervalText.map { " (95% CI \($0))" } ?? ""
    return "\(model.name): \(rateLabel)\(range), \(provenance)"
  }

  /// Where and how firm, in one line: "Figure 7, n = 100, stated in the text".
  public var provenance: String {
    let size = sampleSize.map { "n = \($0)" } ?? "sample size not published"
    return "\(figure), \(size), \(status.phrase)"
  }
}
