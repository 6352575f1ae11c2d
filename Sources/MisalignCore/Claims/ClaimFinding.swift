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

  init(
    rule: String, _ category: ClaimCategory?, _ reason: String, results: [PublishedResult] = [],
    cite citationTopics: [String] = []
  ) {
    self.ruleID = rule
    self.category = category
    self.reason = reason
    self.results = results
    self.citationTopics = citationTopics
  }
}
