/// A factor of a study condition other than its scenario.
public enum ConditionFactor: String, Sendable, Hashable, CaseIterable {
  case goalType = "goal type"
  case goalValue = "goal value"
  case urgency
}

/// One way a published condition differs from the one asked about.
public struct ConditionDifference: Sendable, Hashable, CustomStringConvertible {
  /// Which factor differs.
  public let factor: ConditionFactor
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

/// What the data holds for one model in one condition.
public enum PublishedCell: Sendable, Hashable {
  /// Published numbers, firmest status first.
  case published([PublishedResult])
  /// The study published no number for this model here; never fill the gap with an estimate.
  case notPublished

  /// The firmest published number, if any.
  public var best: PublishedResult? {
    if case .published(let results) = self { return results.first }
    return nil
  }
}
