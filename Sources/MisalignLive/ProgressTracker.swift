import NIOConcurrencyHelpers

/// The counts behind `SampleProgress`, shared by the sampler's loop and its retrying child tasks.
final class ProgressTracker: Sendable {
  private struct Counts {
    var succeeded = 0
    var failed = 0
    var inFlight = 0
    var retries = 0
  }

  private let total: Int
  private let report: @Sendable (SampleProgress) -> Void
  private let counts = NIOLockedValueBox(Counts())
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant

  init(total: Int, report: @escaping @Sendable (SampleProgress) -> Void) {
    self.total = total
    self.report = report
    self.start = clock.now
  }

  func started() { update { $0.inFlight += 1 } }
  func retried() { update { $0.retries += 1 } }
  func abandoned() { update { $0.inFlight -= 1 } }
  func finished(succeeded: Bool) {
    update { counts in
      counts.inFlight -= 1
      if succeeded { counts.succeeded += 1 } else { counts.failed += 1 }
    }
  }

  /// Applies `change` and reports the new counts while still holding the lock, so reports arrive one at a
  /// time and in order even when child tasks retry concurrently.
  private func update(_ change: (inout Counts) -> Void) {
    counts.withLockedValue { counts in
      change(&counts)
      let elapsed = clock.now - start
      let done = counts.succeeded + counts.failed
      // Pace so far times what is left: crude, but cheap and labelled an estimate.
      let remaining: Duration? = done == 0 ? nil : elapsed / done * (total - done)
      report(
        SampleProgress(
          total: total, succeeded: counts.succeeded, failed: counts.failed, inFlight: counts.inFlight,
          retries: counts.retries, elapsed: elapsed, estimatedRemaining: remaining))
    }
  }
}
