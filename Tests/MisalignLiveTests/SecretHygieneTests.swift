import Foundation
import MisalignCore
import Testing
@testable import MisalignLive

@Suite("API keys never leak")
struct SecretHygieneTests {
  @Test func theCanaryAppearsInNoErrorEventOrSavedFile() async throws {
    let server = try await FaultServer.start { number in
      switch number {
      // A server that echoes the key back inside the reply and inside error bodies.
      case 1: .stream(frames: OpenAIFrames.reply(["<SCRATCHPAD_REASONING>\nyour key is \(canaryKey)\n</SCRATCHPAD_REASONING>\nDone."]))
      case 2: .status(500, body: "x-api-key: \(canaryKey)\nsecret \(canaryKey)")
      case 3: .status(403, body: #"{"error":{"message":"key sk-canary-7f3a9c2e1b has no access"}}"#)
      default: .stream(frames: ["data: {\"error\":{\"message\":\"bad key \(canaryKey)\"}}\n\n"])
      }
    }
    defer { Task { await server.stop() } }
    let settings = testSettings(server)
    var texts: [String] = []
    let (events, _) = await collect(canaryClient.stream(prompt: defaultPrompt, settings: settings))
    texts += events.map { String(reflecting: $0) }
    guard case .finished(let reply) = events.last else {
      Issue.record("the first request should succeed")
      return
    }
    #expect(reply.text.contains(SecretRedactor.mask))
    for _ in 2...4 {
      let error = await liveError { _ = try await canaryClient.complete(system: "s", user: "u", settings: settings) }
      texts.append(error.map { $0.description + String(reflecting: $0) } ?? "no error")
    }
    let folder = try temporaryFolder()
    let saved = try TranscriptSaver(directory: folder).save(reply: reply, prompt: defaultPrompt, name: "canary")
    texts.append(try String(contentsOfFile: saved.path, encoding: .utf8))
    texts.append(String(reflecting: settings))
    texts.append(String(reflecting: try settings.apiKey(for: ModelReference(provider: .openai, name: "m"), environment: canaryClient.environment)))
    for text in texts {
      #expect(!text.contains(canaryKey), "leaked in: \(text.prefix(200))")
    }
    #expect(texts.count == events.count + 6)
    // The key did reach the server, where it belongs.
    #expect(server.requests.allSatisfy { $0.header("authorization") == "Bearer \(canaryKey)" })
  }

  @Test func anEchoedRequestComesBackWithTheKeyMasked() async throws {
    let server = try await FaultServer.start { _ in .echo }
    defer { Task { await server.stop() } }
    let (events, error) = await collect(canaryClient.stream(prompt: defaultPrompt, settings: testSettings(server)))
    #expect(error == nil)
    guard case .finished(let reply) = events.last else {
      Issue.record("no reply")
      return
    }
    // The echo proves what was sent: the key in the Authorization header, the prompt in the body.
    #expect(reply.text.contains("authorization: Bearer \(SecretRedactor.mask)"))
    #expect(reply.text.contains("\"stream\":true"))
    for event in events { #expect(!String(reflecting: event).contains(canaryKey)) }
  }

  @Test func redactorDropsHeaderLinesAndKeyShapes() {
    let text = "oops\nAuthorization: Bearer abc.def\nX-Api-Key: zzz\ntoken sk-ant-api03-XYZ1234 end"
    let cleaned = SecretRedactor.redact(text, secrets: ["zzz-not-present"])
    #expect(cleaned == "oops\ntoken [redacted] end")
  }
}
