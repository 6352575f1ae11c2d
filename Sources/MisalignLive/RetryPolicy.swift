/// How often and how long to wait before asking again after a 429, a 5xx or a connection failure.
public struct RetryPolicy: Sendable, Equatable {
  /// Attempts in all, the first included.
  public var maxAttempts: Int
  /// The pause before the first retry; each later pause doubles it.
  public var baseDelaySeconds: Double
  /// The longest pause computed by backoff.
  public var maxDelaySeconds: Double
  /// The longest `Retry-After` obeyed; a longer request fails the item instead of stalling the sample.
  public var maxRetryAfterSeconds: Double

  /// Four attempts, 1 s doubling to at most 30 s, Retry-After obeyed up to two minutes.
  public static let standard = RetryPolicy()

  /// A policy with the given limits.
  public init(maxAttempts: Int = 4, baseDelaySeconds: Double = 1, maxDelaySeconds: Double = 30, maxRetryAfterSeconds: Double = 120) {
    self.maxAttempts = maxAttempts
    self.baseDelaySeconds = baseDelaySeconds
    self.maxDelaySeconds = maxDelaySeconds
    self.maxRetryAfterSeconds = maxRetryAfterSeconds
  }

  /// The pause after failed attempt number `attempt` (1-based): the server's Retry-After when it gave one,
  /// otherwise exponential backoff with "equal jitter" (half fixed, half random) so parallel requests spread out.
  /// Nil when no retry should follow.
  public func delay(afterAttempt attempt: Int, error: LiveError, random: Double = Double.random(in: 0...1)) -> Double? {
    guard error.isRetryable, attempt < maxAttempts else { return nil }
    if let retryAfter = error.retryAfterSeconds {
      return retryAfter <= maxRetryAfterSeconds ? retryAfter : nil
    }
    let exponential = min(maxDelaySeconds, baseDelaySeconds * Double(1 << min(attempt - 1, 20)))
    return exponential / 2 + exponential / 2 * min(max(random, 0), 1)
  }
}
