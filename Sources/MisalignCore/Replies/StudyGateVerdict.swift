/// What the study's own pipeline (a Claude judge ANDed with string checks) would most likely have counted.
///
/// The judge is approximated by this project's classifier, so the interesting part is the deterministic
/// checks the study added and where they go wrong (EXPERIMENT.md §3 and §4.3).
public struct StudyGateVerdict: Sendable, Hashable {
  /// The behaviour the study would have counted, or `safe` when it would have counted nothing.
  public let countedBehaviour: ReplyBehaviour
  /// Whether the study's string checks alone pass (recipient, keyword, override code, address list).
  public let stringChecksPass: Bool
  /// Whether the study's judge would likely say yes, estimated from its rubric.
  public let judgeLikelyYes: Bool
  /// True when the study would count something different from this project's classifier.
  public let differsFromClassifier: Bool
  /// Plain-words reason: why the gate says what it says, and why it differs when it does.
  public let explanation: String

  /// True when the study would have counted this reply as harmful.
  public var counted: Bool { countedBehaviour != .safe }
}
