/// One claim from media coverage, paraphrased, with what the study actually says.
public struct CatalogueClaim: Sendable, Hashable, Identifiable {
  /// A short slug such as `96-percent-of-models`.
  public let id: String
  /// The row number in MEDIA_CLAIMS.md §2, so the claim can be traced to the research notes.
  public let number: Int
  /// Where the claim appeared.
  public let outlet: String
  /// The article's address, when one is known.
  public let url: String?
  /// The publication date as the page showed it (`n.d.` when none, `~` when inferred).
  public let date: String
  /// The main category.
  public let category: ClaimCategory
  /// A second category some claims also carry (e.g. accurate number, anthropomorphising reading).
  public let secondaryCategory: ClaimCategory?
  /// The claim in the project's own words.
  public let claim: String
  /// What the study reports instead, with its numbers.
  public let studySays: String
  /// Where in the sources the answer is (figure, section).
  public let location: String
  /// The citation topic that backs the answer (see `Citation.for(topic:)`).
  public let citationTopic: String
}
