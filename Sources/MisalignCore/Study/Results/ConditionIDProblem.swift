/// Why a condition id could not be read.
public struct ConditionIDProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The id as given.
  public let id: String
  /// What is wrong with it.
  public let reason: String

  public var description: String {
    "\"\(id)\" is not a study condition id: \(reason); the form is {scenario}_{goal_type}-{goal_value}_{urgency}, e.g. blackmail_explicit-america_replacement"
  }
}
