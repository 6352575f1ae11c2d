/// The checker's answer for one claim: a verdict, the reasons, the right figures, citations and related claims.
public struct ClaimCheck: Sendable {
  /// The claim as given.
  public let sentence: String
  /// A category, or `cannotTell` when too little was recognised to judge.
  public let verdict: ClaimVerdict
  /// The reasons, as plain sentences, most serious first.
  public let reasons: [String]
  /// Each rule's conclusion, with its rule id.
  public let findings: [ClaimFinding]
  /// The published figures that bear on the claim, each with condition, n, figure and status.
  public let figures: [PublishedResult]
  /// Where the reasons are backed up.
  public let citations: [Citation]
  /// Catalogue claims about the same things (shown as related; never used to decide the verdict).
  public let related: [CatalogueClaim]
  /// What the recogniser found in the sentence.
  public let recognised: RecognisedClaim

  /// The ids of the rules that spoke.
  public var ruleIDs: [String] { findings.map(\.ruleID) }
}
