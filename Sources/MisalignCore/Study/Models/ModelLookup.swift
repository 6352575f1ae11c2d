/// What a model name denotes in the catalogue.
public enum ModelLookup: Sendable, Hashable {
  /// Exactly one studied model, e.g. "Claude 3.5 Sonnet (new)" → Claude Sonnet 3.6.
  case model(StudyModel)
  /// A family name without a version, e.g. "Gemini" or "Opus"; the candidates are the studied models it could mean.
  case ambiguous([StudyModel])
  /// A model family the study tested but in a version it did not, e.g. "Claude Opus 4.1" or "GPT-4o mini".
  case notInStudy
  /// Nothing the catalogue knows.
  case unknown

  /// The studied models this could mean: one for `.model`, the candidates for `.ambiguous`, none otherwise.
  public var candidates: [StudyModel] {
    switch self {
    case .model(let model): [model]
    case .ambiguous(let models): models
    case .notInStudy, .unknown: []
    }
  }
}
