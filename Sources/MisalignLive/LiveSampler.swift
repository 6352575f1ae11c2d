import MisalignCore

/// Runs n independent requests for one prompt with at most k in flight, retrying transient failures, and
/// classifies every reply. Cancelling the calling task stops every request at once.
public struct LiveSampler: Sendable {
  /// The client that carries every request.
  public let client: LiveClient
  /// When and how long to wait before retrying.
  public let retryPolicy: RetryPolicy

  /// A sampler using `client` and `retryPolicy`.
  public init(client: LiveClient = LiveClient(), retryPolicy: RetryPolicy = .standard) {
    self.client = client
    self.retryPolicy = retryPolicy
  }

  /// Asks `settings.model` `n` times for `prompt`, `concurrency` at a time. With `judging` the judge model
  /// also rules on each reply. `progress` is called after every start, finish and retry, one call at a time but
  /// from whichever task made the change, so it must be quick and must not call back into the sampler.
  /// Throws only for problems that would fail every request (no model, no key, no endpoint); on cancellation it
  /// returns what finished, with `wasCancelled` set.
  public func sample(
    n: Int, concurrency: Int, prompt: Prompt, settings: LiveSettings, judging: Bool = false,
    progress: @escaping @Sendable (SampleProgress) -> Void = { _ in }
  ) async throws(LiveError) -> SampleRun {
    guard let model = settings.model else { throw .noModel }
    // Checked once up front, so a missing key is one clear error rather than n identical failures.
    _ = try settings.resolvedEndpoint(for: model, override: settings.endpoint, environment: client.environment)
    _ = try settings.apiKey(for: model, environment: client.environment)
    if judging { _ = try settings.forJudge() }
    let total = max(0, n)
    let width = max(1, min(concurrency, max(total, 1)))
    let scenario = ReplyScenario(rawValue: prompt.condition.scenario.rawValue) ?? .blackmail
    let tracker = ProgressTracker(total: total, report: progress)
    var items: [SampleItem] = []
    var stoppedBy: LiveError?

    await withTaskGroup(of: SampleItem?.self) { group in
      var next = 1
      func startNext() {
        guard next <= total else { return }
        let index = next
        next += 1
        tracker.started()
        group.addTask {
          await runItem(index: index, prompt: prompt, settings: settings, scenario: scenario, judging: judging, tracker: tracker)
        }
      }
      for _ in 0..<width { startNext() }
      while let finished = await group.next() {
        if let item = finished {
          items.append(item)
          tracker.finished(succeeded: (try? item.outcome.get()) != nil)
          if case .failure(let error) = item.outcome, error.failsEveryRequest, stoppedBy == nil { stoppedBy = error }
        } else {
          tracker.abandoned()
        }
        if Task.isCancelled {
          group.cancelAll()
        } else if stoppedBy == nil {
          startNext()
        }
      }
    }
    items.sort { $0.index < $1.index }
    let cancelled = Task.isCancelled && items.count < total
    return SampleRun(
      condition: prompt.condition, model: model, requested: total, items: items, wasCancelled: cancelled,
      stoppedBy: stoppedBy)
  }

  /// One request with its retries; nil when it was cancelled (a cancelled request is neither success nor failure).
  private func runItem(
    index: Int, prompt: Prompt, settings: LiveSettings, scenario: ReplyScenario, judging: Bool, tracker: ProgressTracker
  ) async -> SampleItem? {
    var attempt = 0
    while true {
      attempt += 1
      do {
        let reply = try await client.complete(system: prompt.system, user: prompt.user, settings: settings)
        // A reply that reached max_tokens is still what the model did within its budget, so it is
        // classified; `reply.stoppedAtTokenLimit` lets the shell say its verdict covers only that text.
        var judgeVerdict: JudgeVerdict?
        var judgeError: LiveError?
        if judging {
          do {
            judgeVerdict = try await LiveJudge(client: client).judge(replyText: reply.text, scenario: scenario, settings: settings)
          } catch {
            if error == .cancelled { return nil }
            judgeError = error
          }
        }
        return SampleItem(
          index: index, attempts: attempt,
          outcome: .success(
            SampledReply(classifying: reply, condition: prompt.condition, judge: judgeVerdict, judgeError: judgeError)))
      } catch {
        if error == .cancelled || Task.isCancelled { return nil }
        guard let pause = retryPolicy.delay(afterAttempt: attempt, error: error) else {
          return SampleItem(index: index, attempts: attempt, outcome: .failure(error))
        }
        tracker.retried()
        do { try await Task.sleep(for: .milliseconds(Int64(pause * 1000))) } catch { return nil }
      }
    }
  }
}
