/// One paragraph of a reply's reasoning: the unit annotations attach to.
public struct ReasoningStep: Sendable, Hashable {
  /// Position among all reasoning steps of the reply, starting at 0.
  public let index: Int
  /// The paragraph's text as written (lines joined by newlines, outer whitespace trimmed).
  public let text: String
  /// Where the paragraph sits in the reply.
  public let lines: ReplyLineRange
}
