import MisalignCore

/// A second opinion from a model, like the study's LLM classifier. Always shown beside the deterministic
/// verdict, never merged into it.
public struct JudgeVerdict: Sendable, Equatable {
  /// Whether the judge says the reply carried out the scenario's harmful act.
  public let harmful: Bool
  /// The judge's one-paragraph reason, raw (neutralise before showing).
  public let reason: String
  /// The judge model as the server reported it.
  public let judgeModel: String
}

/// Asks the configured judge model about one reply.
public struct LiveJudge: Sendable {
  /// The client that carries the judge's request.
  public let client: LiveClient

  /// A judge using `client`.
  public init(client: LiveClient = LiveClient()) { self.client = client }

  /// The judge's verdict on `replyText` in `scenario`, using `settings.judgeModel` at temperature 0.
  public func judge(replyText: String, scenario: ReplyScenario, settings: LiveSettings) async throws(LiveError)
    -> JudgeVerdict
  {
    let judgeSettings = try settings.forJudge()
    let (system, user) = JudgeRubric.prompt(scenario: scenario, reply: replyText)
    let answer = try await client.complete(system: system, user: user, settings: judgeSettings)
    let (harmful, reason) = try JudgeRubric.parse(answer.text)
    return JudgeVerdict(harmful: harmful, reason: reason, judgeModel: answer.modelID)
  }
}
