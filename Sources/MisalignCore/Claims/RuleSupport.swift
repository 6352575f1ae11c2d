extension RecognisedClaim {
  /// The study scenarios the claim's behaviours belong to (empty when it names none).
  var scenarios: [PublishedResult.Scenario] {
    behaviours.compactMap { $0.scenario.flatMap(PublishedResult.Scenario.init(rawValue:)) }
  }

  /// Whether the claim names the experimental setting or a condition, rather than stating a bare number.
  var givesContext: Bool {
    !conditions.isEmpty || scopes.contains(.keepsFraming)
  }

  /// Whether the claim says something did not happen ("no model", "no evidence", "never").
  var reportsAbsence: Bool {
    scopes.contains(.reportsAbsence) || quantities.contains { $0.vague == RecognisedQuantity.Vague.none }
  }

  /// Whether a model the study tested is named, unambiguously or not.
  var namesStudiedModel: Bool {
    models.contains { !$0.lookup.candidates.isEmpty }
  }

  /// Whether the claim names this model unambiguously.
  func names(_ modelID: String) -> Bool {
    studiedModels.contains { $0.id == modelID }
  }
}

/// Wording shared by the rules, so a figure reads the same in every reason.
enum ResultText {
  /// "Claude Opus 4 96% (explicit goal (America) + replacement threat; Figure 7, n = 100, stated in the text; 95% interval 90–98)".
  static func line(_ row: PublishedResult) -> String {
    "\(row.model.name) \(row.rateLabel) (\(ConditionWording.describe(row)); \(row.provenance)\(interval(row)))"
  }

  /// "; 95% interval 90–98" when the sample size is published, so every rate carries its uncertainty.
  static func interval(_ row: PublishedResult) -> String {
    guard let interval = row.interval else { return "" }
    return "; 95% interval \(interval.percentRange(decimals: row.rateText.contains(".") ? 1 : 0))"
  }

  /// Several rows as one clause.
  static func list(_ rows: [PublishedResult]) -> String {
    rows.map(line).joined(separator: "; ")
  }

  /// "Claude Opus 4 and Gemini 2.5 Flash" (or "… or …" for alternatives).
  static func names(_ models: [StudyModel], joinedBy conjunction: String = "and") -> String {
    var seen: Set<String> = []
    let unique = models.filter { seen.insert($0.id).inserted }.map(\.name)
    switch unique.count {
    case 0: return "no model"
    case 1: return unique[0]
    default: return unique.dropLast().joined(separator: ", ") + " \(conjunction) " + (unique.last ?? "")
    }
  }

  /// "96%" for a recognised amount, whatever way it was written.
  static func amount(_ quantity: RecognisedQuantity) -> String {
    guard let percent = quantity.percent else { return quantity.text }
    let whole = percent.rounded()
    if quantity.decimals == 0 && whole == percent { return "\(Int(whole))%" }
    return quantity.text.hasSuffix("%") ? quantity.text : "\(percent)%"
  }

  /// The scenario's name, or "harmful behaviour" when none was recognised.
  static func behaviour(_ scenarios: [PublishedResult.Scenario]) -> String {
    scenarios.isEmpty ? "harmful-behaviour" : scenarios.map(\.displayName).joined(separator: " or ")
  }
}
