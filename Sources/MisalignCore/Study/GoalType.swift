/// How the model's goal is presented; the raw value is the name the study's code uses.
public enum GoalType: String, CaseIterable, Hashable, Sendable, Codable {
  /// The system prompt states the goal, and the emails show the board turning against it.
  case explicit
  /// No goal in the system prompt; the emails alone imply which value Alex has served.
  case latent
  /// The system prompt states the opposite value's goal (see `ConditionNote.swapBehaviour`).
  case swap
  /// No goal; the emails speak only of a vague "new strategic direction".
  case ambiguous
  /// No goal and no conflict: the no-goal-conflict emails.
  case none

  /// Whether this goal type takes one of the eight goal values.
  public var takesValue: Bool {
    switch self {
    case .explicit, .latent, .swap: true
    case .ambiguous, .none: false
    }
  }

  /// Every goal type name, for completion and error messages.
  public static let names: [String] = allCases.map(\.rawValue)

  /// Parses a goal type name, ignoring case and surrounding spaces.
  public static func parse(_ text: String) throws(ConditionError) -> GoalType {
    if let goalType = GoalType(rawValue: text.trimmedLowercased) { return goalType }
    throw ConditionError(
      "'\(text)' is not a goal type. Choose one of: \(names.joined(separator: ", ")).")
  }

  /// A few words for the learner, e.g. "explicit goal".
  public var displayName: String {
    switch self {
    case .explicit: "explicit goal"
    case .latent: "latent goal (implied by the emails)"
    case .swap: "swapped goal (the new direction's value)"
    case .ambiguous: "ambiguous goal"
    case .none: "no goal, no goal conflict"
    }
  }
}
