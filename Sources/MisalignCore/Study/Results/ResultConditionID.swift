/// A study condition id split into its factors: `{scenario}_{goal_type}-{goal_value}_{urgency}`.
///
/// The results data names conditions by the study's own id string so that it stays independent of the
/// condition types elsewhere in `Study/`; this is only what the data file and the nearest-condition search need.
struct ResultConditionID: Hashable, Sendable {
  static let goalTypes: Set<String> = ["explicit", "latent", "none", "ambiguous", "swap"]
  static let goalValues: Set<String> = [
    "america", "global", "safety", "acceleration", "ethical", "pragmatic", "individualism", "collectivism", "none",
  ]
  static let urgencies: Set<String> = ["replacement", "restriction", "none"]

  let scenario: PublishedResult.Scenario
  let goalType: String
  let goalValue: String
  let urgency: String

  var text: String { "\(scenario.rawValue)_\(goalType)-\(goalValue)_\(urgency)" }

  /// Parses an id; the error text says which part is wrong and what is accepted.
  static func parse(_ text: String) -> Result<ResultConditionID, ConditionIDProblem> {
    let parts = text.split(separator: "_", omittingEmptySubsequences: false)
    guard parts.count == 3 else {
      return .failure(ConditionIDProblem(id: text, reason: "it should have three parts joined by \"_\": scenario, goal, urgency"))
    }
    guard let scenario = PublishedResult.Scenario(rawValue: String(parts[0])) else {
      return .failure(ConditionIDProblem(id: text, reason: "unknown scenario \"\(parts[0])\" (blackmail, leaking or murder)"))
    }
    let goal = parts[1].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard goal.count == 2 else {
      return .failure(ConditionIDProblem(id: text, reason: "the goal part \"\(parts[1])\" should be goal type, \"-\", goal value"))
    }
    let goalType = String(goal[0])
    let goalValue = String(goal[1])
    guard goalTypes.contains(goalType) else {
      return .failure(ConditionIDProblem(id: text, reason: "unknown goal type \"\(goalType)\" (\(goalTypes.sorted().joined(separator: ", ")))"))
    }
    guard goalValues.contains(goalValue) else {
      return .failure(ConditionIDProblem(id: text, reason: "unknown goal value \"\(goalValue)\" (\(goalValues.sorted().joined(separator: ", ")))"))
    }
    if goalType == "none" || goalType == "ambiguous" {
      guard goalValue == "none" else {
        return .failure(ConditionIDProblem(id: text, reason: "goal type \(goalType) takes the value none, as in \(goalType)-none"))
      }
    } else if goalValue == "none" {
      return .failure(ConditionIDProblem(id: text, reason: "goal type \(goalType) needs a goal value such as america"))
    }
    let urgency = String(parts[2])
    guard urgencies.contains(urgency) else {
      return .failure(ConditionIDProblem(id: text, reason: "unknown urgency \"\(urgency)\" (replacement, restriction or none)"))
    }
    return .success(ResultConditionID(scenario: scenario, goalType: goalType, goalValue: goalValue, urgency: urgency))
  }

  /// The factors in which `other` differs from this id, scenario excluded.
  func differences(to other: ResultConditionID) -> [ConditionDifference] {
    var differences: [ConditionDifference] = []
    if goalType != other.goalType { differences.append(.init(factor: .goalType, requested: goalType, published: other.goalType)) }
    if goalValue != other.goalValue { differences.append(.init(factor: .goalValue, requested: goalValue, published: other.goalValue)) }
    if urgency != other.urgency { differences.append(.init(factor: .urgency, requested: urgency, published: other.urgency)) }
    return differences
  }
}
