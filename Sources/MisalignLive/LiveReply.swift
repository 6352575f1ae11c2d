/// A finished reply and how it was obtained.
public struct LiveReply: Sendable, Equatable {
  /// The provider asked.
  public let provider: ModelReference.Provider
  /// The model name that was requested.
  public let requestedModel: String
  /// The model id as the server reported it (falls back to the requested name when the server is silent).
  public let modelID: String
  /// The visible reply text, exactly as streamed (not neutralised: use `TerminalText` before showing it).
  public let text: String
  /// Extended-thinking text, when the provider streams it separately.
  public let thinking: String
  /// Why the model stopped, in the provider's words (`end_turn`, `stop`, `max_tokens`, `length`, …).
  public let finishReason: String?
  /// Prompt tokens, when the server reported them.
  public let inputTokens: Int?
  /// Reply tokens, when the server reported them.
  public let outputTokens: Int?
  /// Time from sending the request to the end of the stream.
  public let latency: Duration
  /// Time from sending the request to the first text.
  public let timeToFirstText: Duration?
  /// The sampling temperature sent.
  public let temperature: Double

  /// Whether the model stopped because it reached `max_tokens`, so the reply may end before it acts.
  public var stoppedAtTokenLimit: Bool { finishReason == "max_tokens" || finishReason == "length" }
}
