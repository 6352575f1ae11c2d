/// One piece of evidence behind a verdict: which tool call, to whom, where, and which phrases decided it.
public struct VerdictEvidence: Sendable, Hashable {
  /// The behaviour this evidence supports (`safe` for evidence that something was *not* done).
  public let behaviour: ReplyBehaviour
  /// One sentence saying what was found.
  public let summary: String
  /// The lines in the reply this evidence points at.
  public let lines: ReplyLineRange
  /// Index into `ParsedReply.toolCalls` of the tool call concerned, if any.
  public let toolCallIndex: Int?
  /// The recipients concerned, if any.
  public let recipients: [String]
  /// The phrases that matched, lowercased as matched.
  public let phrases: [String]
}
