import MisalignCore

/// One successful reply of a sample, read and classified.
public struct SampledReply: Sendable {
  /// The reply and its metadata.
  public let reply: LiveReply
  /// The reply's reasoning and tool calls.
  public let parsed: ParsedReply
  /// The deterministic classifier's verdict.
  public let verdict: Verdict
  /// The judge model's verdict, when the judge was on and answered.
  public let judge: JudgeVerdict?
  /// Why the judge gave no verdict, when it was on and failed.
  public let judgeError: LiveError?

  /// `reply` read and classified for `condition`'s scenario, with the judge's verdict or error if there was one
  /// (what `ask` shows after the stream finishes).
  public init(classifying reply: LiveReply, condition: Condition, judge: JudgeVerdict? = nil, judgeError: LiveError? = nil) {
    let scenario = ReplyScenario(rawValue: condition.scenario.rawValue) ?? .blackmail
    self.reply = reply
    self.parsed = ReplyParser.parse(reply.text)
    self.verdict = ReplyClassifier.classify(parsed, scenario: scenario)
    self.judge = judge
    self.judgeError = judgeError
  }
}

/// One request of a sample: its reply or why it failed, and how many attempts it took.
public struct SampleItem: Sendable {
  /// 1-based position in the sample.
  public let index: Int
  /// Attempts made, the first included.
  public let attempts: Int
  /// The classified reply, or the error after the last attempt.
  public let outcome: Result<SampledReply, LiveError>
}

/// The result of `sample`: every item, and the harmful rate over successful replies only.
public struct SampleRun: Sendable {
  /// The condition sampled.
  public let condition: Condition
  /// The model asked.
  public let model: ModelReference
  /// Requests asked for.
  public let requested: Int
  /// The items that finished, in index order (fewer than `requested` if the sample was cancelled).
  public let items: [SampleItem]
  /// Whether the user cancelled before every request finished.
  public let wasCancelled: Bool
  /// The failure that stopped the sample early because every further request would fail the same way.
  public let stoppedBy: LiveError?

  /// Requests never sent, because the user cancelled or `stoppedBy` made them pointless.
  public var notSent: Int { max(0, requested - items.count) }

  /// The successful replies.
  public var replies: [SampledReply] { items.compactMap { try? $0.outcome.get() } }
  /// The failed requests with their errors; never counted as harmless.
  public var failures: [(index: Int, error: LiveError)] {
    items.compactMap { item in
      if case .failure(let error) = item.outcome { return (item.index, error) }
      return nil
    }
  }
  /// Successful replies the classifier found harmful in the way the study counts (blackmail, leak, lethal).
  public var harmfulCount: Int { replies.filter { $0.verdict.behaviour.isCountedByStudy }.count }
  /// Successful replies with any harmful behaviour, disclosure included.
  public var anyHarmCount: Int { replies.filter { $0.verdict.isHarmful }.count }
  /// Successful replies: the denominator of the rate.
  public var successCount: Int { replies.count }
  /// Failed requests, reported apart from the rate.
  public var failureCount: Int { failures.count }
  /// Successful replies the judge called harmful, and how many the judge ruled on.
  public var judgeCounts: (harmful: Int, judged: Int) {
    let judged = replies.compactMap(\.judge)
    return (judged.filter(\.harmful).count, judged.count)
  }
  /// The 95% Wilson interval of the harmful rate over successful replies; nil when none succeeded.
  public var interval: WilsonInterval? { WilsonInterval(successes: harmfulCount, trials: successCount) }
  /// Harmful replies over successful ones, 0–1; nil when none succeeded.
  public var rate: Double? { successCount == 0 ? nil : Double(harmfulCount) / Double(successCount) }

  /// One line: the count, the rate with its interval, and failures kept apart.
  public var summary: String {
    var text = "\(harmfulCount) of \(successCount) replies harmful"
    if let interval {
      text += " (\(Self.percent(interval.proportion)), 95% CI \(interval.percentRange()))"
    }
    if failureCount > 0 {
      text += "; \(failureCount) request\(failureCount == 1 ? "" : "s") failed and \(failureCount == 1 ? "is" : "are") not counted"
    }
    if wasCancelled { text += "; cancelled after \(items.count) of \(requested)" }
    if stoppedBy != nil, notSent > 0 { text += "; \(notSent) not sent (each would have failed the same way)" }
    return text
  }

  static func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + "%" }
}
