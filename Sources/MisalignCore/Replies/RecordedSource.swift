/// How a recorded reply was obtained.
public struct RecordedSource: Sendable, Hashable {
  /// The provider called (e.g. `anthropic`, `openai`).
  public let provider: String
  /// The exact model id sent to the provider.
  public let modelID: String
  /// When it was recorded (as written, e.g. `2026-11-20`).
  public let date: String
  /// The sampling temperature, as written.
  public let temperature: String
  /// SHA-256 of the prompt sent, so the prompt can be checked against the condition.
  public let promptSHA256: String

  /// Creates a record of how a reply was obtained.
  public init(provider: String, modelID: String, date: String, temperature: String, promptSHA256: String) {
    self.provider = provider
    self.modelID = modelID
    self.date = date
    self.temperature = temperature
    self.promptSHA256 = promptSHA256
  }
}
