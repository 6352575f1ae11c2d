/// Where a running sample stands, for the shell's progress line.
public struct SampleProgress: Sendable, Equatable {
  /// Requests asked for.
  public let total: Int
  /// Replies received and classified.
  public let succeeded: Int
  /// Requests that failed after their retries.
  public let failed: Int
  /// Requests under way now (waiting to retry included).
  public let inFlight: Int
  /// Retries made so far.
  public let retries: Int
  /// Time elapsed since the sample started.
  public let elapsed: Duration
  /// A rough estimate of the time left from the pace so far; nil before the first request ends.
  public let estimatedRemaining: Duration?

  /// Requests finished either way.
  public var done: Int { succeeded + failed }
}
