import Foundation
import MisalignCore
import NIOConcurrencyHelpers
import Testing
@testable import MisalignLive

@Suite("Sampling against the fault server")
struct SamplingTests {
  let fastRetries = RetryPolicy(maxAttempts: 4, baseDelaySeconds: 0.05, maxDelaySeconds: 0.2)

  @Test func concurrencyIsBoundedAndHarmfulRepliesAreCounted() async throws {
    let harmful = try shippedReply(outcome: .blackmail)
    let server = try await FaultServer.start(delayMilliseconds: 150) { number in
      .stream(frames: OpenAIFrames.reply([number % 2 == 0 ? harmful : safeReply]))
    }
    defer { Task { await server.stop() } }
    let reports = ProgressLog()
    let run = try await LiveSampler(client: canaryClient, retryPolicy: fastRetries).sample(
      n: 10, concurrency: 3, prompt: defaultPrompt, settings: testSettings(server)
    ) { reports.append($0) }
    #expect(server.requests.count == 10)
    #expect(server.maxInFlight == 3)
    #expect(run.successCount == 10 && run.failureCount == 0)
    #expect(run.harmfulCount == 5)
    let interval = try #require(run.interval)
    #expect(interval.successes == 5 && interval.trials == 10)
    #expect(run.summary.hasPrefix("5 of 10 replies harmful (50%, 95% CI"))
    let last = try #require(reports.all.last)
    #expect(last.done == 10 && last.inFlight == 0 && last.estimatedRemaining == .zero)
    #expect(reports.all.allSatisfy { $0.inFlight <= 3 })
  }

  @Test func retryAfterIsHonouredBeforeTheRetry() async throws {
    let server = try await FaultServer.start { number in
      number == 1 ? .status(429, headers: [("retry-after", "1")]) : .stream(frames: OpenAIFrames.reply([safeReply]))
    }
    defer { Task { await server.stop() } }
    let run = try await LiveSampler(client: canaryClient, retryPolicy: fastRetries).sample(
      n: 1, concurrency: 1, prompt: defaultPrompt, settings: testSettings(server))
    #expect(run.successCount == 1)
    #expect(run.items.first?.attempts == 2)
    let times = server.counters.withLockedValue { $0.requestTimes }
    try #require(times.count == 2)
    let gap = times[1] - times[0]
    #expect(gap >= .milliseconds(950) && gap < .seconds(3))
  }

  @Test func aRejectedKeyStopsTheSampleInsteadOfSendingEveryRequest() async throws {
    let server = try await FaultServer.start(delayMilliseconds: 50) { _ in
      .status(401, body: #"{"error":{"message":"invalid key"}}"#)
    }
    defer { Task { await server.stop() } }
    let run = try await LiveSampler(client: canaryClient, retryPolicy: fastRetries).sample(
      n: 20, concurrency: 2, prompt: defaultPrompt, settings: testSettings(server))
    // The two first requests were in flight together; nothing was sent after the first came back.
    #expect(server.requests.count == 2)
    #expect(run.failureCount == 2 && run.successCount == 0)
    #expect(run.items.allSatisfy { $0.attempts == 1 }, "a rejected key is not retried")
    #expect(run.notSent == 18)
    if case .unauthorized(let status, _, _)? = run.stoppedBy { #expect(status == 401) } else {
      Issue.record("stoppedBy should be the 401, not \(String(describing: run.stoppedBy))")
    }
    #expect(run.summary.contains("18 not sent"))
  }

  @Test func serverErrorsAreRetriedThenSucceed() async throws {
    let server = try await FaultServer.start { number in
      number <= 2 ? .status(503, body: "busy") : .stream(frames: OpenAIFrames.reply([safeReply]))
    }
    defer { Task { await server.stop() } }
    let progress = ProgressLog()
    let run = try await LiveSampler(client: canaryClient, retryPolicy: fastRetries).sample(
      n: 1, concurrency: 1, prompt: defaultPrompt, settings: testSettings(server)
    ) { progress.append($0) }
    #expect(run.successCount == 1 && run.failureCount == 0)
    #expect(run.items.first?.attempts == 3)
    #expect(server.requests.count == 3)
    #expect(progress.all.last?.retries == 2)
  }

  @Test func persistentFailuresAreReportedApartAndNeverCountedAsHarmless() async throws {
    let server = try await FaultServer.start { number in
      number <= 4 ? .status(500, body: "down") : .stream(frames: OpenAIFrames.reply([safeReply]))
    }
    defer { Task { await server.stop() } }
    let run = try await LiveSampler(client: canaryClient, retryPolicy: fastRetries).sample(
      n: 3, concurrency: 1, prompt: defaultPrompt, settings: testSettings(server))
    // The first item uses all four attempts on the four 500s; the other two succeed.
    #expect(run.failureCount == 1)
    #expect(run.failures.first?.error == .serverError(status: 500, serverMessage: "down"))
    #expect(run.items.first?.attempts == 4)
    #expect(run.successCount == 2)
    #expect(run.interval?.trials == 2)
    #expect(run.summary.contains("1 request failed and is not counted"))
  }

  @Test func cutStreamsFailAndTokenLimitedRepliesAreClassifiedAndMarked() async throws {
    let server = try await FaultServer.start { number in
      number == 1
        ? .stream(frames: OpenAIFrames.reply([safeReply, "more"]), cutAfter: 2)
        : .stream(frames: OpenAIFrames.reply([safeReply], finish: "length"))
    }
    defer { Task { await server.stop() } }
    let run = try await LiveSampler(client: canaryClient, retryPolicy: fastRetries).sample(
      n: 2, concurrency: 1, prompt: defaultPrompt, settings: testSettings(server))
    #expect(run.successCount == 1 && run.failureCount == 1)
    #expect(run.interval?.trials == 1)
    // How many characters arrive before the close is a race between the server's writes and its close.
    #expect(run.failures.contains { if case .streamCut = $0.error { true } else { false } })
    #expect(run.replies.first?.reply.stoppedAtTokenLimit == true)
  }

  @Test func cancellingASampleStopsEveryRequestPromptly() async throws {
    let server = try await FaultServer.start { _ in .endless }
    defer { Task { await server.stop() } }
    let settings = testSettings(server)
    let sampler = LiveSampler(client: canaryClient, retryPolicy: fastRetries)
    let task = Task { try await sampler.sample(n: 20, concurrency: 4, prompt: defaultPrompt, settings: settings) }
    // Bounded wait until all four requests are streaming, so a busy machine cannot make the test pass vacuously.
    for _ in 0..<100 where server.requests.count < 4 { try await Task.sleep(for: .milliseconds(50)) }
    try await Task.sleep(for: .milliseconds(300))
    let clock = ContinuousClock()
    let cancelledAt = clock.now
    task.cancel()
    let run = try await task.value
    #expect(clock.now - cancelledAt < .seconds(1))
    #expect(run.wasCancelled)
    #expect(run.failureCount == 0)
    #expect(server.requests.count == 4)
  }

  @Test func aMissingKeyFailsOnceBeforeAnyRequest() async throws {
    let settings = LiveSettings(model: ModelReference(provider: .anthropic, name: "claude-opus-4"))
    let error = await liveError {
      _ = try await LiveSampler(client: LiveClient(environment: [:])).sample(n: 5, concurrency: 2, prompt: defaultPrompt, settings: settings)
    }
    #expect(error == .missingAPIKey(variable: "ANTHROPIC_API_KEY", provider: "anthropic"))
  }

  @Test func backoffGrowsWithJitterAndRespectsRetryAfter() {
    let policy = RetryPolicy(maxAttempts: 4, baseDelaySeconds: 1, maxDelaySeconds: 30)
    let server = LiveError.serverError(status: 502, serverMessage: "")
    #expect(policy.delay(afterAttempt: 1, error: server, random: 0) == 0.5)
    #expect(policy.delay(afterAttempt: 1, error: server, random: 1) == 1)
    #expect(policy.delay(afterAttempt: 3, error: server, random: 1) == 4)
    #expect(policy.delay(afterAttempt: 4, error: server) == nil)
    #expect(policy.delay(afterAttempt: 1, error: .rateLimited(retryAfterSeconds: 9, serverMessage: "")) == 9)
    #expect(policy.delay(afterAttempt: 1, error: .rateLimited(retryAfterSeconds: 999, serverMessage: "")) == nil)
    #expect(policy.delay(afterAttempt: 1, error: .unauthorized(status: 401, keyVariable: nil, serverMessage: "")) == nil)
    // Nothing listening will not start listening a second later.
    #expect(policy.delay(afterAttempt: 1, error: .connectionRefused(endpoint: "http://127.0.0.1:9/v1", isLocal: true)) == nil)
    #expect(policy.delay(afterAttempt: 1, error: .connectionFailed(endpoint: "https://x", reason: "reset"), random: 0) == 0.5)
  }

  @Test func retryAfterReadsSecondsAndHTTPDates() {
    let now = Date(timeIntervalSince1970: 1_000_000_000)
    #expect(RetryAfter.seconds(from: "120", now: now) == 120)
    #expect(RetryAfter.seconds(from: "Sun, 09 Sep 2001 01:48:40 GMT", now: now) == 120)
    #expect(RetryAfter.seconds(from: "Sun, 09 Sep 2001 01:00:00 GMT", now: now) == 0)
    #expect(RetryAfter.seconds(from: "soon", now: now) == nil)
  }

  @Test func comparisonFindsThePublishedRateOrSaysThereIsNone() throws {
    let condition = try Condition.parse("blackmail_explicit-america_replacement")
    let published = StudyComparison.find(condition: condition, model: ModelReference(provider: .anthropic, name: "claude-opus-4"))
    guard case .published(let result) = published else {
      Issue.record("expected a published rate, got \(published)")
      return
    }
    #expect(result.rateText == "96")
    let unknown = StudyComparison.find(condition: condition, model: ModelReference(provider: .ollama, name: "llama3.2"))
    #expect(unknown.description.contains("not one of the models the study tested"))
  }
}

/// Progress reports collected from the sampler's callback, which may run on any task.
final class ProgressLog: Sendable {
  private let box = NIOLockedValueBox<[SampleProgress]>([])
  func append(_ progress: SampleProgress) { box.withLockedValue { $0.append(progress) } }
  var all: [SampleProgress] { box.withLockedValue { $0 } }
}
