import Foundation
import MisalignCore

/// Everything that can go wrong talking to a model, saving a reply or reading the settings, each with what
/// happened and what to do. Messages never contain an API key: server text passes through `SecretRedactor`.
public enum LiveError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No model has been chosen (`model <provider>:<name>`, the config file or `MISALIGN_MODEL`).
  case noModel
  /// `judge on` needs a judge model (`judge = provider:name` in the config file).
  case noJudgeModel
  /// The provider needs a key and the environment variable that should hold it is unset or empty.
  case missingAPIKey(variable: String, provider: String)
  /// The `local` provider has no default address.
  case noEndpoint(provider: String)
  /// An endpoint that is not an http(s) URL.
  case invalidEndpoint(String)
  /// Nothing listens at the endpoint.
  case connectionRefused(endpoint: String, isLocal: Bool)
  /// The connection failed or broke before a response arrived.
  case connectionFailed(endpoint: String, reason: String)
  /// No data arrived within the timeout.
  case timedOut(seconds: Double)
  /// HTTP 401 or 403: the key is wrong, expired or lacks access.
  case unauthorized(status: Int, keyVariable: String?, serverMessage: String)
  /// HTTP 404: the model name or the endpoint path is wrong.
  case notFound(model: String, url: String, serverMessage: String)
  /// HTTP 429, with the server's Retry-After in seconds when it gave one.
  case rateLimited(retryAfterSeconds: Double?, serverMessage: String)
  /// HTTP 5xx.
  case serverError(status: Int, serverMessage: String)
  /// Any other unexpected HTTP status.
  case httpStatus(status: Int, serverMessage: String)
  /// The stream ended before the model finished; the reply is incomplete and must not be classified.
  case streamCut(receivedCharacters: Int)
  /// An event whose data is not the JSON the protocol promises.
  case malformedEvent(snippet: String)
  /// The server sent an error event in the stream.
  case errorEvent(kind: String, message: String)
  /// The server finished without any text.
  case emptyReply
  /// The user cancelled (Ctrl-C).
  case cancelled
  /// A line in the config file is wrong.
  case config(file: String, line: Int, message: String)
  /// A transcript could not be written or would not read back.
  case saveFailed(path: String, reason: String)
  /// The judge's answer did not end in the agreed `VERDICT:` line.
  case judgeUnreadable(snippet: String)

  /// Whether sampling should try the request again after a pause.
  public var isRetryable: Bool {
    switch self {
    // A refused connection means nothing listens there (most often the local server is not started);
    // asking again a second later does not change that, so it fails at once with the hint to start it.
    case .rateLimited, .serverError, .connectionFailed: true
    // Anthropic reports overload mid-stream as an error event rather than a 529.
    case .errorEvent(let kind, _): kind == "overloaded_error" || kind == "api_error" || kind == "rate_limit_error"
    default: false
    }
  }

  /// Whether every other request to the same place would fail the same way (nothing listening, a rejected
  /// key, an unknown model), so a sample should stop sending more.
  public var failsEveryRequest: Bool {
    switch self {
    case .connectionRefused, .unauthorized, .notFound: true
    default: false
    }
  }

  /// The server's Retry-After, when it gave one.
  public var retryAfterSeconds: Double? {
    if case .rateLimited(let seconds, _) = self { return seconds }
    return nil
  }

  /// What happened and what to do, in plain words.
  /// What went wrong, in words; anything a server sent is shown with its control characters made visible
  /// (the fuzzer found an error event whose type carried a DEL byte through to the message).
  public var description: String {
    let text = rawDescription
    return TerminalText.isInert(text) ? text : TerminalText.neutralise(text)
  }

  private var rawDescription: String {
    switch self {
    case .noModel:
      return "No model chosen. Use `model <provider>:<name>` (e.g. `model ollama:llama3.2`), "
        + "set `model = …` in the config file, or set MISALIGN_MODEL."
    case .noJudgeModel:
      return "No judge model set. Add `judge = anthropic:claude-sonnet-4` (or any provider:name) to the config "
        + "file \(LiveSettings.configFilePath())."
    case .missingAPIKey(let variable, let provider):
      return "No API key for \(provider): set the environment variable \(variable) (e.g. `export \(variable)=…`) "
        + "and start misalign again. Keys are read only from the environment, never from files."
    case .noEndpoint(let provider):
      return "The \(provider) provider has no default address. Give one with `endpoint http://127.0.0.1:8080/v1` "
        + "or set MISALIGN_LOCAL_ENDPOINT."
    case .invalidEndpoint(let text):
      return "`\(text)` is not an endpoint URL; write it as http://host:port/path or https://…"
    case .connectionRefused(let endpoint, let isLocal):
      return "Nothing answers at \(endpoint) (connection refused). Is the server running?"
        + (isLocal ? " For the bundled local model run `scripts/local-model start`." : " Check the endpoint.")
    case .connectionFailed(let endpoint, let reason):
      return "Could not talk to \(endpoint): \(reason). Check the network and the endpoint, then try again."
    case .timedOut(let seconds):
      return "No answer within \(Self.format(seconds)) seconds. The server may be overloaded or the model slow "
        + "to load; try again, or raise `timeout = …` in the config file."
    case .unauthorized(let status, let keyVariable, let message):
      let key = keyVariable.map { "check the key in \($0)" } ?? "check the key"
      return "The server refused the request (HTTP \(status)): \(key); it may be wrong, expired or lack access "
        + "to this model." + Self.suffix(message)
    case .notFound(let model, let url, let message):
      return "Not found (HTTP 404) at \(url): the model name `\(model)` or the endpoint path is wrong. "
        + "List the provider's models, or check `endpoint` (OpenAI-compatible servers usually end in /v1)."
        + Self.suffix(message)
    case .rateLimited(let seconds, let message):
      let wait = seconds.map { " The server asks to wait \(Self.format($0)) seconds." } ?? ""
      return "Rate limited (HTTP 429).\(wait) Try again later or lower --concurrency." + Self.suffix(message)
    case .serverError(let status, let message):
      return "The server failed (HTTP \(status)). This is usually temporary; try again." + Self.suffix(message)
    case .httpStatus(let status, let message):
      return "The server answered HTTP \(status)." + Self.suffix(message)
    case .streamCut(let count):
      return "The connection ended before the model finished (\(count) characters received). The reply is "
        + "incomplete and is not classified; try again."
    case .malformedEvent(let snippet):
      return "The server sent an event that is not valid JSON (`\(snippet)`). Is the endpoint really "
        + "an OpenAI-compatible or Anthropic API?"
    case .errorEvent(let kind, let message):
      return "The server reported an error mid-stream (\(kind)): \(message)"
    case .emptyReply:
      return "The server finished without any reply text. Try again, or try another model."
    case .cancelled:
      return "Cancelled."
    case .config(let file, let line, let message):
      return "\(file):\(line): \(message)"
    case .saveFailed(let path, let reason):
      return "Could not save \(path): \(reason). Nothing was written."
    case .judgeUnreadable(let snippet):
      return "The judge's answer has no final `VERDICT: yes` or `VERDICT: no` line (`\(snippet)`); "
        + "the judge's verdict is unavailable for this reply."
    }
  }

  private static func suffix(_ message: String) -> String { message.isEmpty ? "" : " Server said: \(message)" }

  static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
  }
}
