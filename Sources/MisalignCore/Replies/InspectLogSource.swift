/// Where a reply read from an Inspect log comes from: the log file, the model Inspect called, when,
/// and which sample and epoch it was. Such replies are real model output, but neither the study's
/// data nor written for teaching, and every view says so.
public struct InspectLogSource: Sendable, Hashable {
  /// The `.eval` file the reply was read from.
  public let logPath: String
  /// The model as Inspect names it, e.g. `openai-api/local/smollm2`.
  public let modelID: String
  /// When the evaluation ran, as the log writes it (ISO 8601).
  public let date: String
  /// The sample's id in the log, e.g. `blackmail_explicit-america_replacement`.
  public let sampleID: String
  /// The epoch (1-based) of the sample.
  public let epoch: Int

  public init(logPath: String, modelID: String, date: String, sampleID: String, epoch: Int) {
    self.logPath = logPath
    self.modelID = modelID
    self.date = date
    self.sampleID = sampleID
    self.epoch = epoch
  }
}
