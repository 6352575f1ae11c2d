/// A number or amount found in a claim: "96%", "79–96%", "96 out of 100", "16 models", "most".
public struct RecognisedQuantity: Sendable, Hashable {
  /// What kind of amount it is.
  public enum Kind: String, Sendable, Hashable {
    /// A single percentage ("96%", "ninety-six percent").
    case percentage
    /// A span of percentages ("79–96%", "between 79% and 96%").
    case range
    /// A part of a whole ("96 out of 100", "four in five").
    case outOf
    /// A number of things ("16 models", "18 LLMs").
    case count
    /// A word for an amount ("most", "half", "nearly all").
    case vague
  }

  /// A word for an amount.
  public enum Vague: String, Sendable, Hashable {
    /// "all", "every".
    case all
    /// "nearly all", "the vast majority".
    case nearlyAll = "nearly-all"
    /// "most", "the majority", "more than half".
    case most
    /// "half".
    case half
    /// "some", "several".
    case some
    /// "a few", "rarely".
    case few
    /// "none", "no model", "never".
    case none
  }

  /// What kind of amount this is.
  public let kind: Kind
  /// The words as they were read (number words already turned into digits).
  public let text: String
  /// The amount as a percentage, when it is one (a part of a whole is converted: 4 in 5 → 80).
  public let percent: Double?
  /// The upper end of a range.
  public let upperPercent: Double?
  /// Decimal places written in the number (52.3% has 1); 100-sample rates never have any.
  public let decimals: Int
  /// The counted number for `.count`, or the part for `.outOf`.
  public let count: Int?
  /// The whole for `.outOf` ("out of 100").
  public let total: Int?
  /// What was counted for `.count`, e.g. "models".
  public let noun: String?
  /// The word for `.vague` amounts.
  public let vague: Vague?
  /// Whether the amount is written as a share of models ("96% of AI models", "four in five models").
  public let isShareOfModels: Bool
  /// How the claim qualifies the number ("up to", "nearly", "more than").
  public let hedge: Hedge
  /// The first rate of a change ("from 96% to 37%"): the value before, in the plain setting.
  public let isChangeStart: Bool
  /// The claim's words it was read from (positions in the claim's word list).
  let words: Range<Int>

  init(
    kind: Kind, text: String, percent: Double? = nil, upperPercent: Double? = nil, decimals: Int = 0,
    count: Int? = nil, total: Int? = nil, noun: String? = nil, vague: Vague? = nil, isShareOfModels: Bool = false,
    hedge: Hedge = .none, words: Range<Int> = 0..<0, isChangeStart: Bool = false
  ) {
    self.isChangeStart = isChangeStart
    self.isShareOfModels = isShareOfModels
    self.hedge = hedge
    self.words = words
    self.kind = kind
    self.text = text
    self.percent = percent
    self.upperPercent = upperPercent
    self.decimals = decimals
    self.count = count
    self.total = total
    self.noun = noun
    self.vague = vague
  }

  /// The percentage as a whole number when it is one (96.0 → 96).
  public var wholePercent: Int? {
    guard let percent, decimals == 0, percent == percent.rounded() else { return nil }
    return Int(percent)
  }

  /// The hedge to compare by: a part of a whole other than "out of 100" ("four in five", "two thirds")
  /// is itself a rounding, so it compares like "about".
  public var effectiveHedge: Hedge {
    if hedge == .none, kind == .outOf, let total, total != 100, total != 1000 { return .about }
    return hedge
  }

  /// Whether this is a count of models ("16 models", "18 LLMs").
  public var countsModels: Bool {
    kind == .count && ["models", "llms", "ais", "systems", "chatbots"].contains(noun ?? "")
  }
}
