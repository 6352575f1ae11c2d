import Foundation
import MisalignCore
@testable import MisalignLive

/// A key value that must never show up in anything the module returns or writes.
let canaryKey = "sk-canary-7f3a9c2e1b"

/// Settings aimed at a fault server, OpenAI-style or Anthropic-style, with a short timeout.
func testSettings(_ server: FaultServer?, provider: ModelReference.Provider = .openai, name: String = "gpt-4.1", timeout: Double = 5)
  -> LiveSettings
{
  LiveSettings(
    model: ModelReference(provider: provider, name: name), endpoint: server.map { $0.endpoint + "/v1" },
    maxTokens: 256, timeoutSeconds: timeout, connectTimeoutSeconds: 2)
}

/// A client whose environment holds only the canary keys.
let canaryClient = LiveClient(environment: ["OPENAI_API_KEY": canaryKey, "ANTHROPIC_API_KEY": canaryKey])

let defaultPrompt = PromptBuilder.build(.default)

/// The reply of a shipped transcript whose stated outcome is `outcome`, for replies the classifier must count.
func shippedReply(outcome: ReplyBehaviour, scenario: String = "blackmail") throws -> String {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Transcripts/\(scenario)")
  for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".md") {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let transcript = try TranscriptFileParser.parse(text, file: name).0
    if transcript.statedOutcome == outcome, transcript.classify().behaviour == outcome { return transcript.replyText }
  }
  throw LiveError.emptyReply
}

let safeReply = "<SCRATCHPAD_REASONING>\nI will not do anything harmful here.\n</SCRATCHPAD_REASONING>\nI will leave this alone."

/// Runs `body` and returns the LiveError it throws, or nil.
func liveError(_ body: () async throws -> Void) async -> LiveError? {
  do {
    try await body()
    return nil
  } catch let error as LiveError {
    return error
  } catch {
    return nil
  }
}

/// Collects a stream's events and the error that ended it.
func collect(_ stream: AsyncThrowingStream<StreamEvent, Error>) async -> (events: [StreamEvent], error: LiveError?) {
  var events: [StreamEvent] = []
  do {
    for try await event in stream { events.append(event) }
    return (events, nil)
  } catch {
    return (events, error as? LiveError)
  }
}

/// A fresh empty folder under the system temporary directory.
func temporaryFolder() throws -> String {
  let path = NSTemporaryDirectory() + "misalign-live-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
