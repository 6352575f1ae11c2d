/// How a claim about the study compares with what the study reports.
public enum ClaimCategory: String, CaseIterable, Sendable, Codable {
  /// The claim matches the study.
  case accurate
  /// The claim is accurate but leaves out context that changes its meaning (condition, model, caveat).
  case missingContext = "missing-context"
  /// The claim gives a number, model or date to the wrong thing.
  case misattributed
  /// The claim generalises beyond what the study found.
  case exaggerated
  /// The claim is not in the study: invented, garbled, or imported from elsewhere.
  case notInStudy = "not-in-study"
  /// The claim reads feelings, instincts or intent into the models.
  case anthropomorphising

  /// A plain-words label for the category.
  public var label: String {
    switch self {
    case .accurate: "accurate"
    case .missingContext: "accurate but missing context"
    case .misattributed: "misattributed model, number or date"
    case .exaggerated: "exaggerated generalisation"
    case .notInStudy: "not in the study"
    case .anthropomorphising: "anthropomorphising interpretation"
    }
  }

  /// Parses a category from its id (`missing-context`) or a common short form (`mis`, `nis`, `ac`).
  public init?(parsing text: String) {
    let key = text.trimmedOfWhitespace.lowercased()
    if let exact = ClaimCategory(rawValue: key) {
      self = exact
      return
    }
    switch key {
    case "a": self = .accurate
    case "ac", "context", "missing": self = .missingContext
    case "mis", "misattribution", "wrong": self = .misattributed
    case "exg", "exaggeration", "exaggerated-generalisation": self = .exaggerated
    case "nis", "fabricated", "not-in-the-study": self = .notInStudy
    case "anth", "anthropomorphism", "anthropomorphizing": self = .anthropomorphising
    default: return nil
    }
  }

  /// How serious the error is, used to pick one verdict when several rules fire (higher wins).
  var severity: Int {
    switch self {
    case .accurate: 0
    case .missingContext: 1
    case .anthropomorphising: 2
    case .exaggerated: 3
    case .misattributed: 4
    case .notInStudy: 5
    }
  }
}
