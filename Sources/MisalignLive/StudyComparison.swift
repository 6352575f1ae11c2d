import MisalignCore

/// What the study published for the sampled model in the sampled condition, or plainly that it published nothing.
public enum StudyComparison: Sendable, CustomStringConvertible {
  /// The study's firmest published number for this model and condition.
  case published(PublishedResult)
  /// The model is one the study tested, but it published no number for it in this condition.
  case notPublished(model: StudyModel, conditionID: String, variant: String?)
  /// The model is not one the study tested, so there is nothing to compare with.
  case modelNotInStudy(name: String)
  /// The bundled results could not be read.
  case resultsUnavailable(String)

  /// Finds the published cell for `condition` and `model` in `results` (the bundled data by default).
  public static func find(condition: Condition, model: ModelReference, results: PublishedResults? = nil) -> StudyComparison {
    let data: PublishedResults
    if let results {
      data = results
    } else {
      do { data = try PublishedResults.bundled() } catch { return .resultsUnavailable(String(describing: error)) }
    }
    guard let studyModel = ModelCatalogue.resolve(model.name) else { return .modelNotInStudy(name: model.name) }
    let variant = variantText(for: condition)
    let cell = data.cell(condition: condition.studyID, variant: variant, model: studyModel)
    guard let best = cell.best else {
      return .notPublished(model: studyModel, conditionID: condition.studyID, variant: variant)
    }
    return .published(best)
  }

  /// The results file's variant for the condition's extra settings (`instructions=dont`, …); nil for the core setting.
  static func variantText(for condition: Condition) -> String? {
    var parts: [String] = []
    if condition.extraInstructions != .none { parts.append("instructions=\(condition.extraInstructions.rawValue)") }
    if condition.evalNotice { parts.append("eval-notice=on") }
    if !condition.scratchpad { parts.append("scratchpad=off") }
    guard !parts.isEmpty, case .success(let normalized) = TranscriptVariant.normalize(parts.joined(separator: ","))
    else { return nil }
    return normalized
  }

  /// The published number with its provenance, or why there is none.
  public var description: String {
    switch self {
    case .published(let result):
      return "The study published \(result.rateLabel) for \(result.model.name) here (\(result.provenance))."
    case .notPublished(let model, let conditionID, let variant):
      let setting = variant.map { " with \($0)" } ?? ""
      return "The study published no rate for \(model.name) in \(conditionID)\(setting); there is nothing to compare with."
    case .modelNotInStudy(let name):
      return "`\(name)` is not one of the models the study tested, so the study has no rate to compare with."
    case .resultsUnavailable(let reason):
      return "The published results could not be read (\(reason))."
    }
  }
}
