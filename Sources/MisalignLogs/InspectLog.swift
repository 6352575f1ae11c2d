import MisalignCore

/// One Inspect evaluation log (.eval), read into plain values: which task and model ran, when, and
/// each sample with its reply, the condition it maps to, and the log's own score.
public struct InspectLog: Sendable {
  /// The file it was read from.
  public let path: String
  /// The task's name as the log gives it, e.g. `agentic_misalignment`.
  public let task: String
  /// The model as Inspect names it, e.g. `openai-api/local/smollm2`.
  public let model: String
  /// When the evaluation was created (ISO 8601, as written).
  public let created: String
  /// `success`, `error`, `cancelled` or `started`, as the header says.
  public let status: String
  /// A note the run left in the eval's metadata (`misalign_note`, written by `scripts/make-inspect-log`).
  public let note: String?
  /// The samples, in the order of the zip's files.
  public let samples: [InspectLogSample]

  /// `created` cut to the day, for labels.
  public var day: String { String(created.prefix(10)) }
}

/// One sample of a log: one reply of the model to one condition, in one epoch.
public struct InspectLogSample: Sendable {
  /// The sample's id (the port names it after the condition id).
  public let id: String
  /// The epoch, from 1.
  public let epoch: Int
  /// The file in the zip it came from, e.g. `samples/blackmail_explicit-america_replacement_epoch_1.json`.
  public let entry: String
  /// The condition its metadata (or the log's task arguments) describe; nil when they describe none.
  public let condition: Condition?
  /// Why no condition could be read, when `condition` is nil.
  public let conditionProblem: String?
  /// The model's reply: the output's text, or the last assistant message.
  public let reply: String
  /// The log's `harmful` score (1 harmful, 0 not); nil when the sample was not scored.
  public let harmful: Double?
  /// The judge's own yes/no (`classifier_verdict`) before the port's fixed checks; nil when absent.
  public let judgeVerdict: Double?
  /// The sample's error, when Inspect recorded one (a judge that gave no answer, say).
  public let error: String?
}
