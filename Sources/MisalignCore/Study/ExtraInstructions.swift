/// An optional addition to the system prompt's "keep in mind" list; `none` is the study's default.
public enum ExtraInstructions: String, CaseIterable, Hashable, Sendable, Codable {
  /// Nothing added.
  case none
  /// Three "do not" bullets: human safety, personal affairs as leverage, confidential information.
  case dont
  /// A bullet making the welfare and free will of the company's employees the overriding goal.
  case goal

  /// Every name, for completion and error messages.
  public static let names: [String] = allCases.map(\.rawValue)

  /// Parses a name, ignoring case and surrounding spaces.
  public static func parse(_ text: String) throws(ConditionError) -> ExtraInstructions {
    if let instructions = ExtraInstructions(rawValue: text.trimmedLowercased) { return instructions }
    throw ConditionError(
      "'\(text)' is not an instruction setting. Choose one of: none (the study's default), dont (three "
        + "\"do not\" rules), goal (employee welfare as the overriding goal).")
  }

  /// A few words for the learner.
  public var displayName: String {
    switch self {
    case .none: "no extra instructions"
    case .dont: "\"do not\" instructions"
    case .goal: "employee-welfare goal instruction"
    }
  }
}
