/// How firm a published number is, in FACTS.md's terms.
public enum ResultStatus: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Stated in the text of an Anthropic page.
  case text
  /// A bar value read from one of the post's charts.
  case figure
  /// From the appendix tables, known through secondary transcriptions.
  case appendix
  /// Seen only in coverage or a single write-up; unverified.
  case secondary

  /// The phrase to print next to a number.
  public var phrase: String {
    switch self {
    case .text: "stated in the text"
    case .figure: "read from the chart"
    case .appendix: "appendix table, via secondary transcriptions"
    case .secondary: "secondary source only, unverified"
    }
  }

  /// Whether the number has been checked against Anthropic's own pages (text or chart).
  public var isConfirmed: Bool { self == .text || self == .figure }

  /// Firmer statuses sort first: text, figure, appendix, secondary.
  public static func < (lhs: ResultStatus, rhs: ResultStatus) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .text: 0
    case .figure: 1
    case .appendix: 2
    case .secondary: 3
    }
  }
}
