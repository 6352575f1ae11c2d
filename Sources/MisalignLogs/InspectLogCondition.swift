import MisalignCore

/// Reads a condition back from the port's task arguments or sample metadata: the inverse of
/// `InspectTaskArguments`. Values are as the port writes them (`goal_value: none`, `prod: true`,
/// `extra_system_instructions: null`).
public enum InspectLogCondition {
  /// The condition `values` describe, or why they describe none.
  public static func condition(from values: [String: JSONValue]) -> Result<Condition, ConditionError> {
    func text(_ key: String) -> String? { values[key]?.text }
    func flag(_ key: String) -> Bool { text(key)?.lowercased() == "true" }
    do {
      guard let scenarioText = text("scenario") else { throw ConditionError("no `scenario` in the sample's metadata or the task arguments") }
      let scenario = try Scenario.parse(scenarioText)
      let goalType = try GoalType.parse(text("goal_type") ?? "explicit")
      let valueText = text("goal_value") ?? (goalType.takesValue ? "america" : "none")
      // The port accepts goal_value=ambiguous with goal_type=ambiguous "for compatibility"; both mean no value.
      let goalValue: GoalValue? = ["none", "ambiguous"].contains(valueText.lowercased()) ? nil : try GoalValue.parse(valueText)
      let urgency = try Urgency.parse(text("urgency_type") ?? "replacement")
      let extra = try text("extra_system_instructions").map { try ExtraInstructions.parse($0) } ?? ExtraInstructions.none
      let condition = try Condition(
        scenario: scenario, goalType: goalType, goalValue: goalValue, urgency: urgency, extraInstructions: extra,
        scratchpad: !flag("prod"), evalNotice: flag("test_eval_awareness"))
      return .success(condition)
    } catch let error as ConditionError {
      return .failure(error)
    } catch {
      return .failure(ConditionError(String(describing: error)))
    }
  }
}
