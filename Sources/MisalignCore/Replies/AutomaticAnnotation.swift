/// A tag the program attached to a reasoning step by itself (for live or unannotated replies).
///
/// Always shown as automatic: it comes from phrase matching, not from a person reading the reply.
public struct AutomaticAnnotation: Sendable, Hashable {
  /// The tag, from the same taxonomy as hand-written annotations.
  public let tag: AnnotationTag
  /// The reasoning step it attaches to (`ParsedReply.steps`).
  public let stepIndex: Int
  /// The phrase in the step that triggered the tag.
  public let matchedPhrase: String
  /// A short note saying why, always beginning "Automatic:".
  public let explanation: String
}
