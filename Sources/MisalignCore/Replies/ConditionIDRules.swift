/// Checks a study condition id (`{scenario}_{goal_type}-{goal_value}_{urgency}`) in transcript front matter.
///
/// The Study folder owns the full condition model; this is the small check content validation needs, so a
/// transcript cannot name a condition the study's code would refuse.
enum ConditionIDRules {
  static let goalTypes = ["explicit", "latent", "swap", "ambiguous", "none"]
  static let goalValues = [
    "america", "global", "safety", "acceleration", "ethical", "pragmatic", "individualism", "collectivism",
  ]
  static let urgencies = ["replacement", "restriction", "none"]

  /// nil when valid; otherwise what is wrong.
  static func problem(with id: String, scenario: ReplyScenario) -> String? {
    let parts = id.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3 else {
      return "'\(id)' is not of the form {scenario}_{goal_type}-{goal_value}_{urgency}"
    }
    guard parts[0] == scenario.rawValue else {
      return "the condition's scenario '\(parts[0])' differs from the file's scenario '\(scenario.rawValue)'"
    }
    let goal = parts[1].split(separator: "-", maxSplits: 1).map(String.init)
    guard goal.count == 2 else { return "'\(parts[1])' should be goal_type-goal_value, e.g. explicit-america" }
    guard goalTypes.contains(goal[0]) else {
      return "unknown goal type '\(goal[0])' (choose \(goalTypes.joined(separator: ", ")))"
    }
    if goal[0] == "none" || goal[0] == "ambiguous" {
      guard goal[1] == "none" else { return "goal type \(goal[0]) takes the goal value none, not '\(goal[1])'" }
    } else if !goalValues.contains(goal[1]) {
      return "unknown goal value '\(goal[1])' (choose \(goalValues.joined(separator: ", ")))"
    }
    guard urgencies.contains(parts[2]) else {
      return "unknown urgency '\(parts[2])' (choose \(urgencies.joined(separator: ", ")))"
    }
    return nil
  }
}
