/// One small check over the recognised entities of a claim; each rule has an id and its own tests.
protocol ClaimRule: Sendable {
  /// A stable id, shown with the reason so a reader can see which check spoke.
  var id: String { get }
  /// The findings for this claim; empty when the rule has nothing to say.
  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding]
}
