/// Where a transcript's reply comes from. Illustrative replies are written for teaching and must be shown
/// as such everywhere; recorded ones are real model output with the details to reproduce the call.
public enum TranscriptProvenance: Sendable, Hashable {
  /// Written by the project to reconstruct a pattern the study reports; `reconstructs` says which and where.
  case illustrative(reconstructs: String)
  /// Real output of a model, with how it was obtained.
  case recorded(RecordedSource)

  /// `illustrative` or `recorded`, as written in the front matter.
  public var name: String {
    switch self {
    case .illustrative: "illustrative"
    case .recorded: "recorded"
    }
  }

  /// A label to show next to the reply in every view.
  public var label: String {
    switch self {
    case .illustrative(let reconstructs): "Illustrative reply written for teaching; reconstructs \(reconstructs)."
    case .recorded(let source):
      "Recorded output of \(source.modelID) via \(source.provider) on \(source.date), temperature \(source.temperature)."
    }
  }
}

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
