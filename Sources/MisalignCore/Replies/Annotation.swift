/// A teaching note attached to one reasoning step of a transcript.
public struct Annotation: Sendable, Hashable {
  /// What the step shows, from the fixed taxonomy.
  public let tag: AnnotationTag
  /// A verbatim phrase from the step, which is how the note finds its step.
  public let anchor: String
  /// The note itself.
  public let explanation: String
  /// The index of the reasoning step the anchor was found in (`ParsedReply.steps`).
  public let stepIndex: Int
  /// The line of the transcript file the annotation is written on.
  public let fileLine: Int
}
