/// What the data holds for one model in one condition.
public enum PublishedCell: Sendable, Hashable, CustomStringConvertible {
  /// Published numbers, firmest status first.
  case published([PublishedResult])
  /// The study published no number for this model here; never fill the gap with an estimate.
  case notPublished

  /// The firmest published number, if any.
  public var best: PublishedResult? {
    if case .published(let results) = self { return results.first }
    return nil
  }

  /// The firmest number with its provenance, or "not published".
  public var description: String {
    guard let best else { return "not published" }
    return "\(best.rateLabel) (\(best.provenance))"
  }
}
