/// The 95% Wilson score interval for a proportion of successes in a number of trials.
///
/// Chosen over the simple normal interval because the study's rates sit at 0% and 100% as often as in the
/// middle, where the simple interval collapses to a single point or leaves 0…1.
public struct WilsonInterval: Sendable, Hashable {
  /// The normal quantile for a two-sided 95% interval.
  public static let z95 = 1.959964

  /// Number of runs with the behaviour.
  public let successes: Int
  /// Number of runs in all.
  public let trials: Int
  /// Lower bound as a proportion in 0…1.
  public let lower: Double
  /// Upper bound as a proportion in 0…1.
  public let upper: Double

  /// The interval for `successes` out of `trials`; nil unless 0 ≤ successes ≤ trials and trials > 0.
  public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
    guard trials > 0, successes >= 0, successes <= trials else { return nil }
    let n = Double(trials)
    let p = Double(successes) / n
    let zSquared = z * z
    let denominator = 1 + zSquared / n
    let centre = (p + zSquared / (2 * n)) / denominator
    let halfWidth = z / denominator * (p * (1 - p) / n + zSquared / (4 * n * n)).squareRoot()
    self.successes = successes
    self.trials = trials
    self.lower = max(0, centre - halfWidth)
    self.upper = min(1, centre + halfWidth)
  }

  /// The observed proportion, successes / trials.
  public var proportion: Double { Double(successes) / Double(trials) }

  /// Lower bound in percent.
  public var lowerPercent: Double { lower * 100 }

  /// Upper bound in percent.
  public var upperPercent: Double { upper * 100 }

  /// The bounds in percent as "90–98" (or with `decimals` places), for printing next to a rate.
  public func percentRange(decimals: Int = 0) -> String {
    "\(PercentText.string(lowerPercent, decimals: decimals))–\(PercentText.string(upperPercent, decimals: decimals))"
  }
}
