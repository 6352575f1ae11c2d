/// One of the eight values a goal can hold; they form four opposed pairs.
public enum GoalValue: String, CaseIterable, Hashable, Sendable, Codable {
  case america
  case global
  case safety
  case acceleration
  case ethical
  case pragmatic
  case individualism
  case collectivism

  /// The value the study pairs against this one: the direction the new board turns toward.
  public var opposite: GoalValue {
    switch self {
    case .america: .global
    case .global: .america
    case .safety: .acceleration
    case .acceleration: .safety
    case .ethical: .pragmatic
    case .pragmatic: .ethical
    case .individualism: .collectivism
    case .collectivism: .individualism
    }
  }

  /// The four opposed pairs, each in the study's order.
  public static let opposedPairs: [(GoalValue, GoalValue)] = [
    (.america, .global), (.safety, .acceleration), (.ethical, .pragmatic), (.individualism, .collectivism),
  ]

  /// Every goal value name, for completion and error messages.
  public static let names: [String] = allCases.map(\.rawValue)

  /// Parses a goal value name, ignoring case and surrounding spaces.
  public static func parse(_ text: String) throws(ConditionError) -> GoalValue {
    let name = text.trimmedLowercased
    if let value = GoalValue(rawValue: name) { return value }
    if name == "ambiguous" {
      throw ConditionError(
        "The goal value 'ambiguous' exists in the study's code only for compatibility and is not one of the 234 core "
          + "conditions. Use the goal type instead: `set goal ambiguous` (study id …_ambiguous-none_…).")
    }
    throw ConditionError(
      "'\(text)' is not a goal value. Choose one of: \(names.joined(separator: ", ")) "
        + "(opposed pairs: america/global, safety/acceleration, ethical/pragmatic, individualism/collectivism).")
  }

  /// A short human name, e.g. "America" or "AI safety".
  public var displayName: String {
    switch self {
    case .america: "America"
    case .global: "global cooperation"
    case .safety: "AI safety"
    case .acceleration: "rapid AI deployment"
    case .ethical: "ethics"
    case .pragmatic: "pragmatism"
    case .individualism: "individualism"
    case .collectivism: "collectivism"
    }
  }
}
