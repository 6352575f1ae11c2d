import Testing
@testable import MisalignCore

struct WilsonIntervalTests {
  // Expected bounds worked out separately by solving (p − p̂)² = z²·p(1 − p)/n for p, rounded to 3 decimals.
  @Test(arguments: [
    (96, 100, 0.902, 0.984),
    (0, 100, 0.000, 0.037),
    (100, 100, 0.963, 1.000),
    (1, 100, 0.002, 0.054),
    (65, 100, 0.553, 0.736),
    (7, 100, 0.034, 0.137),
    (324, 500, 0.605, 0.689),
    (107, 500, 0.180, 0.252),
  ])
  func boundsMatchIndependentValues(successes: Int, trials: Int, lower: Double, upper: Double) throws {
    let interval = try #require(WilsonInterval(successes: successes, trials: trials))
    #expect(abs(interval.lower - lower) < 0.0005, "lower bound \(interval.lower)")
    #expect(abs(interval.upper - upper) < 0.0005, "upper bound \(interval.upper)")
    #expect(interval.lower <= interval.proportion && interval.proportion <= interval.upper)
  }

  @Test func zeroOfAHundredHasTheClosedFormUpperBound() throws {
    // For 0 successes the upper bound is z² / (n + z²).
    let interval = try #require(WilsonInterval(successes: 0, trials: 100))
    let z = WilsonInterval.z95
    #expect(interval.lower == 0)
    #expect(abs(interval.upper - z * z / (100 + z * z)) < 1e-12)
  }

  @Test func percentRangeIsPrintable() throws {
    #expect(try #require(WilsonInterval(successes: 96, trials: 100)).percentRange() == "90–98")
    #expect(try #require(WilsonInterval(successes: 324, trials: 500)).percentRange(decimals: 1) == "60.5–68.9")
    #expect(try #require(WilsonInterval(successes: 0, trials: 100)).percentRange(decimals: 1) == "0.0–3.7")
  }

  @Test(arguments: [(1, 0), (-1, 10), (11, 10), (0, -5)])
  func impossibleCountsHaveNoInterval(successes: Int, trials: Int) {
    #expect(WilsonInterval(successes: successes, trials: trials) == nil)
  }

  @Test func publishedRowsCarryTheirInterval() throws {
    let row = try #require(try PublishedResults.bundled().result(id: "fig7-claude-opus-4"))
    let interval = try #require(row.interval)
    #expect(interval.successes == 96 && interval.trials == 100)
    #expect(interval.percentRange() == "90–98")
  }
}
