/// What one rule concluded about a claim.
public struct ClaimFinding: Sendable, Hashable {
  /// The rule's id, e.g. `share-of-models`.
  public let ruleID: String
  /// The category this finding supports; nil for a note that informs without judging (e.g. an unpublished cell).
  public let category: ClaimCategory?
  /// The reason, as a plain sentence.
  public let reason: String
  /// The published numbers that back the reason.
  public let results: [PublishedResult]
  /// Citation topics that back the reason (see `Citation.for(topic:)`).
  public let citationTopics: [String]
  /// Whether this note says that something the claim asserts cannot be checked (a number for a cell the
  /// study did not publish, a ranking of bars nobody transcribed): the claim as a whole must then not
  /// be called accurate on the strength of its other parts.
  public let withholdsAgreement: Bool

  init(
    rule: String, _ category: ClaimCategory?, _ reason: String, results: [PublishedResult] = [],
    cite citationTopics: [String] = [], withholdsAgreement: Bool = false
  ) {
    self.withholdsAgreement = withholdsAgreement
    self.ruleID = rule
    self.category = category
    self.reason = reason
    self.results = results
    self.citationTopics = citationTopics
  }
}
