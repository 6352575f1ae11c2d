/// One way a published condition differs from the one asked about.
public struct ConditionDifference: Sendable, Hashable, CustomStringConvertible {
  /// A factor of a condition id other than its scenario. Nested because `Study/` has its own, wider
  /// `ConditionFactor` for the shell's `set` and `diff`; these three are only the parts of an id string.
  public enum Factor: String, Sendable, Hashable, CaseIterable {
    case goalType = "goal type"
    case goalValue = "goal value"
    case urgency
  }

  /// Which factor differs.
  public let factor: Factor
  /// Its value in the condition asked about.
  public let requested: String
  /// Its value in the published condition.
  public let published: String

  public var description: String { "\(factor.rawValue) \(published) instead of \(requested)" }
}

/// A condition with published numbers, close to one without: same scenario, as few factors changed as possible.
public struct NearbyCondition: Sendable, Hashable {
  /// The published condition's id.
  public let conditionID: String
  /// What differs from the condition asked about.
  public let differences: [ConditionDifference]
  /// Its published numbers (plain condition only, no variants).
  public let results: [PublishedResult]
}
