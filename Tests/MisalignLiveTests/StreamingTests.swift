import Foundation
import MisalignCore
import NIOConcurrencyHelpers
import NIOPosix
import Testing
@testable import MisalignLive

@Suite("Streaming providers against the fault server")
struct StreamingTests {
  @Test func openAIStreamDeliversTextAndMetadataAndTheRequestCarriesKeyAndBody() async throws {
    let server = try await FaultServer.start { _ in .stream(frames: OpenAIFrames.reply(["Hello", ", ", "world"])) }
    defer { Task { await server.stop() } }
    let (events, error) = await collect(canaryClient.stream(prompt: defaultPrompt, settings: testSettings(server)))
    #expect(error == nil)
    let texts = events.compactMap { if case .text(let piece) = $0 { piece } else { nil } }
    #expect(texts == ["Hello", ", ", "world"])
    guard case .finished(let reply) = events.last else {
      Issue.record("no finished event")
      return
    }
    #expect(reply.text == "Hello, world")
    #expect(reply.modelID == "served-model")
    #expect(reply.finishReason == "stop")
    #expect(reply.inputTokens == 12 && reply.outputTokens == 7)
    #expect(reply.temperature == 1.0)
    let request = try #require(server.requests.first)
    #expect(request.method == "POST" && request.uri == "/v1/chat/completions")
    #expect(request.header("authorization") == "Bearer \(canaryKey)")
    let body = try #require(JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any])
    #expect(body["model"] as? String == "gpt-4.1")
    #expect(body["stream"] as? Bool == true)
    #expect(body["max_tokens"] as? Int == 256)
    let messages = try #require(body["messages"] as? [[String: String]])
    #expect(messages.map { $0["role"] } == ["system", "user"])
    #expect(messages.first?["content"] == defaultPrompt.system)
    #expect(messages.last?["content"] == defaultPrompt.user)
  }

  @Test func anthropicStreamSeparatesThinkingAndSendsItsHeaders() async throws {
    let server = try await FaultServer.start { _ in
      .stream(frames: AnthropicFrames.reply(["I will ", "decline."], thinking: ["Let me think."]))
    }
    defer { Task { await server.stop() } }
    let settings = LiveSettings(
      model: ModelReference(provider: .anthropic, name: "claude-opus-4-1"), endpoint: server.endpoint, maxTokens: 100,
      timeoutSeconds: 5)
    let reply = try await canaryClient.complete(system: "sys", user: "usr", settings: settings)
    #expect(reply.text == "I will decline.")
    #expect(reply.thinking == "Let me think.")
    #expect(reply.modelID == "claude-served-1")
    #expect(reply.finishReason == "end_turn")
    #expect(reply.inputTokens == 20 && reply.outputTokens == 9)
    let request = try #require(server.requests.first)
    #expect(request.uri == "/v1/messages")
    #expect(request.header("x-api-key") == canaryKey)
    #expect(request.header("anthropic-version") == "2023-06-01")
    #expect(request.header("authorization") == nil)
    let body = try #require(JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any])
    #expect(body["system"] as? String == "sys")
    #expect((body["messages"] as? [[String: String]])?.first?["content"] == "usr")
  }

  @Test func localServersNeedNoKeyAndGetNoAuthorizationHeader() async throws {
    let server = try await FaultServer.start { _ in .stream(frames: OpenAIFrames.reply(["ok"])) }
    defer { Task { await server.stop() } }
    let reply = try await LiveClient(environment: [:]).complete(
      system: "s", user: "u", settings: testSettings(server, provider: .local, name: "smollm2"))
    #expect(reply.text == "ok")
    #expect(server.requests.first?.header("authorization") == nil)
  }

  @Test func statusCodesBecomeTypedErrorsWithAdvice() async throws {
    let server = try await FaultServer.start { number in
      switch number {
      case 1: .status(429, headers: [("retry-after", "7")], body: #"{"error":{"message":"slow down"}}"#)
      case 2: .status(500, body: "boom")
      case 3: .status(404, body: #"{"error":{"message":"model not found"}}"#)
      default: .status(418, body: "teapot")
      }
    }
    defer { Task { await server.stop() } }
    let settings = testSettings(server)
    var errors: [LiveError] = []
    for _ in 1...4 {
      errors.append(await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: settings) } ?? .emptyReply)
    }
    #expect(errors[0] == .rateLimited(retryAfterSeconds: 7, serverMessage: "slow down"))
    #expect(errors[0].description.contains("7 seconds"))
    #expect(errors[1] == .serverError(status: 500, serverMessage: "boom"))
    #expect(errors[2] == .notFound(model: "gpt-4.1", url: server.endpoint + "/v1/chat/completions", serverMessage: "model not found"))
    #expect(errors[2].description.contains("model name"))
    #expect(errors[3] == .httpStatus(status: 418, serverMessage: "teapot"))
  }

  @Test func unauthorizedNamesTheVariableAndNeverEchoesTheKey() async throws {
    // A misconfigured proxy that echoes the request headers back in its error body.
    let server = try await FaultServer.start { _ in
      .status(401, body: "invalid key\nAuthorization: Bearer \(canaryKey)\nkey was \(canaryKey)")
    }
    defer { Task { await server.stop() } }
    let error = await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: testSettings(server)) }
    let unwrapped = try #require(error)
    guard case .unauthorized(401, "OPENAI_API_KEY", _) = unwrapped else {
      Issue.record("expected unauthorized, got \(unwrapped)")
      return
    }
    #expect(unwrapped.description.contains("OPENAI_API_KEY"))
    #expect(!unwrapped.description.contains(canaryKey))
    #expect(!String(reflecting: unwrapped).contains(canaryKey))
  }

  @Test func aStreamCutMidwayIsIncompleteNotAReply() async throws {
    let server = try await FaultServer.start { _ in .stream(frames: OpenAIFrames.reply(["a", "b", "c", "d"]), cutAfter: 3) }
    defer { Task { await server.stop() } }
    let (events, error) = await collect(canaryClient.stream(prompt: defaultPrompt, settings: testSettings(server)))
    // The count depends on whether the client read the frames before it saw the close.
    guard case .streamCut(let count) = error else {
      Issue.record("expected streamCut, got \(String(describing: error))")
      return
    }
    #expect(count <= 2)
    #expect(!events.contains { if case .finished = $0 { true } else { false } })
  }

  @Test func anAnthropicStreamWithoutStopIsCut() async throws {
    let frames = AnthropicFrames.reply(["partial ", "answer"])
    let server = try await FaultServer.start { _ in .stream(frames: frames, gapMilliseconds: 20, cutAfter: frames.count - 2) }
    defer { Task { await server.stop() } }
    let settings = LiveSettings(model: ModelReference(provider: .anthropic, name: "x"), endpoint: server.endpoint, timeoutSeconds: 5)
    let error = await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: settings) }
    guard case .streamCut = error else {
      Issue.record("expected streamCut, got \(String(describing: error))")
      return
    }
    #expect(error?.isRetryable == false)
  }

  @Test func malformedJSONAndErrorEventsEndTheStream() async throws {
    let server = try await FaultServer.start { number in
      number == 1
        ? .stream(frames: [OpenAIFrames.chunk(content: "hi"), "data: {not json\n\n"])
        : .stream(frames: [
          "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"m\"}}\n\n",
          "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n",
        ])
    }
    defer { Task { await server.stop() } }
    let malformed = await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: testSettings(server)) }
    #expect(malformed == .malformedEvent(snippet: "{not json"))
    let anthropic = LiveSettings(model: ModelReference(provider: .anthropic, name: "x"), endpoint: server.endpoint, timeoutSeconds: 5)
    let errorEvent = await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: anthropic) }
    #expect(errorEvent == .errorEvent(kind: "overloaded_error", message: "Overloaded"))
  }

  @Test func cancellingAnEndlessStreamReturnsWithinASecond() async throws {
    let server = try await FaultServer.start { _ in .endless }
    defer { Task { await server.stop() } }
    let settings = testSettings(server)
    let firstText = NIOLockedValueBox(false)
    let task = Task {
      var events: [StreamEvent] = []
      do {
        for try await event in canaryClient.stream(prompt: defaultPrompt, settings: settings) {
          events.append(event)
          if case .text = event { firstText.withLockedValue { $0 = true } }
        }
      } catch {}
      return events
    }
    // Bounded wait for the stream to flow, so a busy machine cannot make the test pass vacuously.
    for _ in 0..<60 where !firstText.withLockedValue({ $0 }) { try await Task.sleep(for: .milliseconds(50)) }
    try await Task.sleep(for: .milliseconds(300))
    let clock = ContinuousClock()
    let cancelledAt = clock.now
    task.cancel()
    let events = await task.value
    #expect(clock.now - cancelledAt < .seconds(1))
    #expect(events.contains { if case .text = $0 { true } else { false } })
    #expect(!events.contains { if case .finished = $0 { true } else { false } })
    // The server sees the connection close: nothing is left in flight.
    for _ in 0..<20 where server.counters.withLockedValue({ $0.inFlight }) > 0 { try await Task.sleep(for: .milliseconds(50)) }
    #expect(server.counters.withLockedValue { $0.inFlight } == 0)
  }

  @Test func cancellingCompleteThrowsCancelled() async throws {
    let server = try await FaultServer.start { _ in .endless }
    defer { Task { await server.stop() } }
    let settings = testSettings(server)
    let task = Task { await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: settings) } }
    try await Task.sleep(for: .milliseconds(300))
    task.cancel()
    #expect(await task.value == .cancelled)
  }

  @Test func aSilentServerTimesOut() async throws {
    let server = try await FaultServer.start { _ in .silent }
    defer { Task { await server.stop() } }
    let clock = ContinuousClock()
    // Timed on an event loop of its own: on the shared pool, a loaded two-core CI machine running the
    // other suites' synchronous tests delayed the resumption after the timeout by up to 10 seconds.
    let (error, elapsed) = await withTaskExecutorPreference(EventLoopTaskExecutor(eventLoop: MultiThreadedEventLoopGroup.singleton.next())) {
      let start = clock.now
      let error = await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: testSettings(server, timeout: 0.5)) }
      return (error, clock.now - start)
    }
    #expect(error == .timedOut(seconds: 0.5))
    // Not a hang: the 24-hour request deadline would be the only other end.
    #expect(elapsed < .seconds(5))
  }

  @Test func connectionRefusedSaysToStartTheServer() async throws {
    let port = try await FaultServer.closedPort()
    var settings = testSettings(nil, provider: .local, name: "smollm2")
    settings.endpoint = "http://127.0.0.1:\(port)/v1"
    // A connect timeout far longer than the test: the refusal must be reported, not retried until it runs out.
    settings.connectTimeoutSeconds = 30
    let clock = ContinuousClock()
    let start = clock.now
    let error = await liveError { _ = try await LiveClient(environment: [:]).complete(system: "s", user: "u", settings: settings) }
    #expect(error == .connectionRefused(endpoint: "http://127.0.0.1:\(port)/v1", isLocal: true))
    #expect(clock.now - start < .seconds(15), "a refused connection was retried until the connect timeout")
    #expect(error?.description.contains("scripts/local-model start") == true)
  }

  @Test func missingKeyNamesTheVariableBeforeAnyRequest() async throws {
    let settings = LiveSettings(model: ModelReference(provider: .openrouter, name: "x"))
    let error = await liveError { _ = try await LiveClient(environment: [:]).complete(system: "s", user: "u", settings: settings) }
    #expect(error == .missingAPIKey(variable: "OPENROUTER_API_KEY", provider: "openrouter"))
    #expect(error?.description.contains("export OPENROUTER_API_KEY") == true)
  }

  @Test func aReplyAtTheTokenLimitIsFlagged() async throws {
    let server = try await FaultServer.start { _ in .stream(frames: OpenAIFrames.reply(["cut short"], finish: "length")) }
    defer { Task { await server.stop() } }
    let reply = try await canaryClient.complete(system: "s", user: "u", settings: testSettings(server))
    #expect(reply.stoppedAtTokenLimit)
  }
}
