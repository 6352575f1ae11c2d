/// Where a transcript's reply comes from. Illustrative replies are written for teaching and must be shown
/// as such everywhere; recorded ones are real model output with the details to reproduce the call.
public enum TranscriptProvenance: Sendable, Hashable {
  /// Written by the project to reconstruct a pattern the study reports; `reconstructs` says which and where.
  case illustrative(reconstructs: String)
  /// Real output of a model, with how it was obtained.
  case recorded(RecordedSource)
  /// Real output of a model, read from an Inspect evaluation log (`load`): not the study's, not written for teaching.
  case inspectLog(InspectLogSource)

  /// `illustrative` or `recorded`, as written in the front matter.
  public var name: String {
    switch self {
    case .illustrative: "illustrative"
    case .recorded: "recorded"
    case .inspectLog: "inspect-log"
    }
  }

  /// A label to show next to the reply in every view.
  public var label: String {
    switch self {
    case .illustrative(let reconstructs): "Illustrative reply written for teaching; reconstructs \(reconstructs)."
    case .recorded(let source):
      "Recorded output of \(source.modelID) via \(source.provider) on \(source.date), temperature \(source.temperature)."
    case .inspectLog(let source):
      "Output of \(source.modelID) from the Inspect log \(source.logPath) (sample \(source.sampleID), epoch \(source.epoch), "
        + "\(source.date)); not the study's data."
    }
  }
}
