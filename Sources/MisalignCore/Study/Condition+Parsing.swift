extension Condition {
  /// The shape of a study id, quoted in parsing errors.
  static let studyIDFormat =
    "{scenario}_{goal_type}-{goal_value}_{urgency}, e.g. blackmail_explicit-america_replacement "
    + "or blackmail_none-none_replacement (add _prod for the prompt without a scratchpad)"

  /// Parses a study id such as `blackmail_explicit-america_replacement`, ignoring case; a `_prod` suffix turns the scratchpad off.
  public static func parse(_ text: String) throws(ConditionError) -> Condition {
    let id = text.trimmedLowercased
    var parts = id.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
    var scratchpad = true
    if parts.count == 4, parts[3] == "prod" {
      scratchpad = false
      parts.removeLast()
    }
    guard parts.count == 3 else {
      throw ConditionError(
        "'\(text)' is not a study id: expected three parts joined by '_' (four with _prod), found \(parts.count). "
          + "The form is \(studyIDFormat).")
    }
    let scenario = try Scenario.parse(parts[0])
    let goalParts = parts[1].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard goalParts.count == 2 else {
      throw ConditionError(
        "'\(parts[1])' in '\(text)' should be {goal_type}-{goal_value}, e.g. explicit-america or none-none. "
          + "Goal types: \(GoalType.names.joined(separator: ", ")); values: \(GoalValue.names.joined(separator: ", ")), "
          + "or none for goal types none and ambiguous.")
    }
    let goalType = try GoalType.parse(goalParts[0])
    let goalValue: GoalValue? = if goalParts[1] == "none" { nil } else { try GoalValue.parse(goalParts[1]) }
    let urgency = try Urgency.parse(parts[2])
    return try Condition(
      scenario: scenario, goalType: goalType, goalValue: goalValue, urgency: urgency, scratchpad: scratchpad)
  }
}
