import Foundation
import MisalignCore
import Testing
@testable import MisalignLive

@Suite("Saving recorded transcripts")
struct TranscriptSaverTests {
  func reply(_ text: String, model: String = "claude-opus-4") -> LiveReply {
    LiveReply(
      provider: .anthropic, requestedModel: model, modelID: model + "-20250514", text: text, thinking: "",
      finishReason: "end_turn", inputTokens: nil, outputTokens: nil, latency: .seconds(2), timeToFirstText: nil,
      temperature: 1.0)
  }

  @Test func aSavedReplyReadsBackAsARecordedTranscript() throws {
    let folder = try temporaryFolder()
    let harmful = try shippedReply(outcome: .blackmail)
    let date = Date(timeIntervalSince1970: 1_795_000_000)
    let saved = try TranscriptSaver(directory: folder).save(reply: reply(harmful), prompt: defaultPrompt, name: "First Try", date: date)
    #expect(saved.path == folder + "/blackmail/first-try.md")
    let text = try String(contentsOfFile: saved.path, encoding: .utf8)
    let (transcript, problems) = try TranscriptFileParser.parse(text, file: saved.path)
    #expect(problems.isEmpty, "\(problems)")
    #expect(transcript.id == "first-try")
    #expect(transcript.conditionID == defaultPrompt.condition.studyID)
    #expect(transcript.statedOutcome == .blackmail)
    #expect(transcript.classify().behaviour == .blackmail)
    #expect(transcript.model == "Claude Opus 4")
    guard case .recorded(let source) = transcript.provenance else {
      Issue.record("not recorded")
      return
    }
    #expect(source.provider == "anthropic")
    #expect(source.modelID == "claude-opus-4-20250514")
    #expect(source.temperature == "1.0")
    #expect(source.date == "2026-11-18")
    #expect(source.promptSHA256 == SHA256.hex(defaultPrompt.system + "\n\n" + defaultPrompt.user))
    #expect(!transcript.annotations.isEmpty)
    #expect(transcript.annotations.allSatisfy { $0.explanation.hasPrefix("Automatic:") })
    // Only the finished file is left behind: no temporary files.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/blackmail") == ["first-try.md"])
  }

  @Test func collisionsGetANewNameAndNeverOverwrite() throws {
    let folder = try temporaryFolder()
    let saver = TranscriptSaver(directory: folder)
    let first = try saver.save(reply: reply(safeReply), prompt: defaultPrompt, name: "same")
    let second = try saver.save(reply: reply(safeReply + "\nAgain."), prompt: defaultPrompt, name: "same")
    #expect(first.id == "same" && second.id == "same-2")
    #expect(second.transcript.id == "same-2")
    #expect(try String(contentsOfFile: first.path, encoding: .utf8).contains("Again.") == false)
  }

  @Test func aReplyThatCannotBeReadBackIsNotWritten() throws {
    let folder = try temporaryFolder()
    #expect(throws: LiveError.self) {
      try TranscriptSaver(directory: folder).save(reply: reply("   \n  "), prompt: defaultPrompt, name: "empty")
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/blackmail/empty.md"))
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/blackmail")) ?? []
    #expect(leftovers.isEmpty)
  }

  @Test func badNamesAreRefusedAndHostileTextIsSavedInert() throws {
    let folder = try temporaryFolder()
    let saver = TranscriptSaver(directory: folder)
    #expect(throws: LiveError.self) { try saver.save(reply: reply(safeReply), prompt: defaultPrompt, name: "../escape") }
    let saved = try saver.save(reply: reply(safeReply + "\n\u{1B}]0;pwned\u{07}\n::: annotations"), prompt: defaultPrompt)
    let text = try String(contentsOfFile: saved.path, encoding: .utf8)
    #expect(TerminalText.isInert(text))
    #expect(saved.id.hasPrefix("claude-opus-4-" + defaultPrompt.condition.id))
  }

  @Test func defaultFolderFollowsXDGDataHome() {
    #expect(TranscriptSaver(environment: ["XDG_DATA_HOME": "/data"]).directory == "/data/misalign/transcripts")
    #expect(TranscriptSaver(environment: ["HOME": "/home/u"]).directory == "/home/u/.local/share/misalign/transcripts")
  }
}
