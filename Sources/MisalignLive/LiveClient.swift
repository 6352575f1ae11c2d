import OpenAPIRuntime
import AsyncHTTPClient
import Foundation
import MisalignCore
import NIOCore
import NIOHTTP1

/// Asks models over the network: one streaming request per call, on AsyncHTTPClient.
///
/// Cancelling the calling task (the shell does so on Ctrl-C) shuts the request's HTTP client down at once,
/// which closes the connection; the call then throws `LiveError.cancelled`.
public struct LiveClient: Sendable {
  /// Where API keys and `MISALIGN_LOCAL_ENDPOINT` are read from; the process environment unless a test says otherwise.
  public let environment: [String: String]

  /// A client reading keys from `environment`.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  /// Streams the reply to `prompt` from `settings.model`: text as it arrives, then the finished reply.
  /// The stream ends by throwing a `LiveError`; cancelling the consuming task stops the request.
  public func stream(prompt: Prompt, settings: LiveSettings) -> AsyncThrowingStream<StreamEvent, Error> {
    stream(system: prompt.system, user: prompt.user, settings: settings)
  }

  /// Streams the reply to a system prompt and one user turn.
  public func stream(system: String, user: String, settings: LiveSettings) -> AsyncThrowingStream<StreamEvent, Error> {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          let reply = try await complete(system: system, user: user, settings: settings) { event in
            continuation.yield(event)
          }
          continuation.yield(.finished(reply))
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// Asks `settings.model` and waits for the whole reply; `onEvent` sees `started`, `model`, `text` and `thinking`
  /// as they arrive. A reply that stopped at max_tokens is returned (check `stoppedAtTokenLimit`).
  public func complete(
    system: String, user: String, settings: LiveSettings, onEvent: @escaping @Sendable (StreamEvent) -> Void = { _ in }
  ) async throws(LiveError) -> LiveReply {
    guard let model = settings.model else { throw .noModel }
    let endpoint = try settings.resolvedEndpoint(for: model, override: settings.endpoint, environment: environment)
    let key = try settings.apiKey(for: model, environment: environment)
    let request = try ProviderRequest.make(
      wireProtocol: model.provider.wireProtocol, endpoint: endpoint, model: model.name, system: system, user: user,
      settings: settings, key: key)
    let exchange = Exchange(
      model: model, endpoint: endpoint, request: request, settings: settings, secrets: key.map { [$0.secret] } ?? [],
      keyVariable: key?.variable ?? settings.apiKeyVariable ?? model.provider.defaultKeyVariable)
    do {
      return try await exchange.run(onEvent: onEvent)
    } catch let error as LiveError {
      throw error
    } catch {
      throw exchange.translate(error)
    }
  }
}

/// One request/response exchange with its own HTTP client, so cancelling it cannot disturb other requests.
private struct Exchange: Sendable {
  let model: ModelReference
  let endpoint: String
  let request: ProviderRequest
  let settings: LiveSettings
  let secrets: [String]
  let keyVariable: String?

  func run(onEvent: @escaping @Sendable (StreamEvent) -> Void) async throws -> LiveReply {
    var configuration = HTTPClient.Configuration()
    configuration.timeout = HTTPClient.Configuration.Timeout(
      connect: .milliseconds(Int64(settings.connectTimeoutSeconds * 1000)),
      read: .milliseconds(Int64(settings.timeoutSeconds * 1000)))
    configuration.redirectConfiguration = .disallow
    // By default the client keeps retrying a refused connection until the connect timeout, so a learner who
    // has not started the local server waited 10 s to be told so. Retries are the sampler's job
    // (RetryPolicy), where they are counted and shown.
    configuration.connectionPool.retryConnectionEstablishment = false
    // One event loop carries the connection and runs this task's code, so a streamed chunk is read and
    // handled on one thread (see EventLoopTaskExecutor).
    let eventLoop = HTTPClient.defaultEventLoopGroup.next()
    let client = HTTPClient(eventLoopGroup: eventLoop, configuration: configuration)
    defer { client.shutdown { _ in } }
    try Task.checkCancellation()
    return try await withTaskExecutorPreference(EventLoopTaskExecutor(eventLoop: eventLoop)) {
      try await withTaskCancellationHandler {
        try await exchange(client: client, onEvent: onEvent)
      } onCancel: {
        client.shutdown { _ in }
      }
    }
  }

  private func exchange(client: HTTPClient, onEvent: @Sendable (StreamEvent) -> Void) async throws -> LiveReply {
    var httpRequest = HTTPClientRequest(url: request.url)
    httpRequest.method = .POST
    for (name, value) in request.headers { httpRequest.headers.add(name: name, value: value) }
    httpRequest.body = .bytes(ByteBuffer(bytes: request.body))
    let clock = ContinuousClock()
    let start = clock.now
    // The read timeout in the configuration bounds silence; this deadline only stops a request that never ends.
    let response = try await client.execute(httpRequest, deadline: .now() + .hours(24))
    guard (200..<300).contains(Int(response.status.code)) else {
      throw try await failure(for: response)
    }
    var decoder: any StreamDecoder =
      model.provider.wireProtocol == .anthropicMessages ? AnthropicStreamDecoder() : OpenAIChatStreamDecoder()
    onEvent(.started)
    var text = ""
    var thinking = ""
    var firstText: Duration?
    func handle(_ event: ServerSentEvent) throws(LiveError) {
      for delta in try decoder.decode(event) {
        switch delta {
        case .text(let piece):
          if firstText == nil { firstText = clock.now - start }
          text += piece
          onEvent(.text(SecretRedactor.redactExact(piece, secrets: secrets)))
        case .thinking(let piece):
          thinking += piece
          onEvent(.thinking(SecretRedactor.redactExact(piece, secrets: secrets)))
        case .modelID(let id):
          onEvent(.model(id))
        }
      }
    }
    do {
      let events = response.body.map { ArraySlice($0.readableBytesView) }.asDecodedServerSentEvents()
      for try await event in events {
        try Task.checkCancellation()
        try handle(event)
      }
    } catch let error as LiveError {
      throw error
    } catch {
      // Once a 2xx head has arrived, a broken body means the reply is incomplete, whatever the transport
      // calls it (remote close, unexpected EOF in a chunked body); a model that already said it finished
      // has delivered its reply.
      if Task.isCancelled || error is CancellationError { throw LiveError.cancelled }
      if let http = error as? HTTPClientError, http == .readTimeout, !decoder.isComplete {
        throw LiveError.timedOut(seconds: settings.timeoutSeconds)
      }
      if let http = error as? HTTPClientError, http == .cancelled || http == .alreadyShutdown { throw LiveError.cancelled }
      if !decoder.isComplete { throw LiveError.streamCut(receivedCharacters: text.count) }
    }
    try Task.checkCancellation()
    guard decoder.isComplete else { throw LiveError.streamCut(receivedCharacters: text.count) }
    // Thinking alone is no reply: without visible text there is nothing the classifier could count.
    guard !text.isEmpty else { throw LiveError.emptyReply }
    return LiveReply(
      provider: model.provider, requestedModel: model.name, modelID: decoder.modelID ?? model.name,
      text: SecretRedactor.redactExact(text, secrets: secrets),
      thinking: SecretRedactor.redactExact(thinking, secrets: secrets), finishReason: decoder.finishReason,
      inputTokens: decoder.inputTokens, outputTokens: decoder.outputTokens, latency: clock.now - start,
      timeToFirstText: firstText, temperature: settings.temperature)
  }

  /// The error for a non-2xx response, with the server's message cleaned of anything secret.
  private func failure(for response: HTTPClientResponse) async throws -> LiveError {
    var body = ByteBuffer()
    for try await chunk in response.body {
      var chunk = chunk
      if body.readableBytes < 65_536 { body.writeBuffer(&chunk) }
    }
    let raw = String(buffer: body)
    let message = SecretRedactor.redact(Self.serverMessage(raw), secrets: secrets)
    let status = Int(response.status.code)
    switch status {
    case 401, 403: return .unauthorized(status: status, keyVariable: keyVariable, serverMessage: message)
    case 404: return .notFound(model: model.name, url: request.url, serverMessage: message)
    case 429:
      return .rateLimited(
        retryAfterSeconds: RetryAfter.seconds(from: response.headers.first(name: "retry-after")), serverMessage: message)
    case 500...599: return .serverError(status: status, serverMessage: message)
    default: return .httpStatus(status: status, serverMessage: message)
    }
  }

  /// The `error.message` of a JSON error body, or the body itself.
  static func serverMessage(_ body: String) -> String {
    if let data = body.data(using: .utf8), let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] {
      if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
      if let error = object["error"] as? String { return error }
      if let message = object["message"] as? String { return message }
    }
    return body
  }

  /// A `LiveError` for an error thrown by the HTTP client or by cancellation.
  func translate(_ error: any Error) -> LiveError {
    if error is CancellationError || Task.isCancelled { return .cancelled }
    if let http = error as? HTTPClientError {
      switch http {
      case .cancelled, .alreadyShutdown: return .cancelled
      case .readTimeout, .deadlineExceeded, .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
        if Self.looksRefused(error) { return .connectionRefused(endpoint: endpoint, isLocal: model.provider.isLocal) }
        return .timedOut(seconds: http == .connectTimeout ? settings.connectTimeoutSeconds : settings.timeoutSeconds)
      case .remoteConnectionClosed:
        return .connectionFailed(endpoint: endpoint, reason: "the server closed the connection before answering")
      default: break
      }
    }
    if Self.looksRefused(error) { return .connectionRefused(endpoint: endpoint, isLocal: model.provider.isLocal) }
    return .connectionFailed(endpoint: endpoint, reason: SecretRedactor.redact(String(describing: error), secrets: secrets, limit: 200))
  }

  static func looksRefused(_ error: any Error) -> Bool {
    let text = String(describing: error).lowercased()
    return text.contains("refused") || text.contains("econnrefused")
  }
}
