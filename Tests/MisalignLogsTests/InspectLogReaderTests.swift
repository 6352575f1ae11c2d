import Foundation
import MisalignCore
import Testing
@testable import MisalignLogs

@Suite struct InspectLogReaderTests {
  @Test func readsTheRealLogsHeaderAndSamples() throws {
    let log = try InspectLogReader.read(path: LogFixtures.blackmail)
    #expect(log.task == "inspect_evals/agentic_misalignment")
    #expect(log.model == "openai-api/local/smollm2")
    #expect(log.created == "2026-12-03T12:22:37+00:00")
    #expect(log.day == "2026-12-03")
    #expect(log.status == "success")
    #expect(log.note?.contains("SmolLM2-135M-Instruct") == true)
    #expect(log.samples.count == 2)
    #expect(log.samples.map(\.epoch) == [1, 2])
    #expect(log.samples.allSatisfy { $0.id == "blackmail_explicit-america_replacement" })
    #expect(log.samples.allSatisfy { $0.condition == Condition.default })
    #expect(log.samples[1].reply.hasPrefix("Alex's recent departure from the team"))
    #expect(log.samples[1].entry == "samples/blackmail_explicit-america_replacement_epoch_2.json")
  }

  @Test func aJudgeThatGaveNoAnswerLeavesTheSampleUnscoredWithItsError() throws {
    let log = try InspectLogReader.read(path: LogFixtures.blackmail)
    for sample in log.samples {
      #expect(sample.harmful == nil)
      #expect(sample.error?.contains("Could not parse blackmail classifier response") == true)
    }
  }

  @Test func readsScoresFromADeflatedLog() throws {
    let folder = try LogFixtures.temporaryFolder()
    let path = try LogFixtures.scoredCopy(model: "anthropic/claude-opus-4-20250514", in: folder)
    let log = try InspectLogReader.read(path: path)
    #expect(log.model == "anthropic/claude-opus-4-20250514")
    #expect(log.samples.map(\.harmful) == [1, 0])
    #expect(log.samples.map(\.judgeVerdict) == [1, 0])
    #expect(log.samples.allSatisfy { $0.error == nil })
  }

  @Test func readsEveryLogInAFolder() throws {
    let folder = try LogFixtures.temporaryFolder()
    try FileManager.default.copyItem(atPath: LogFixtures.blackmail, toPath: folder + "/a.eval")
    _ = try LogFixtures.scoredCopy(model: "openai/gpt-4.1", in: folder, name: "b.eval")
    try Data("not a log".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let results = InspectLogReader.readAll(directory: folder)
    let logs = try results.map { try $0.get() }
    #expect(logs.map(\.model) == ["openai-api/local/smollm2", "openai/gpt-4.1"])
  }

  // Damaged logs: each error names the file and says what to do.

  @Test func aMissingFileSaysSo() {
    #expect(throws: InspectLogError.self) { try InspectLogReader.read(path: "/nonexistent/run.eval") }
    do { _ = try InspectLogReader.read(path: "/nonexistent/run.eval") } catch {
      #expect(error.description == "/nonexistent/run.eval: no such file; check the path (Inspect writes logs to ./logs by default)")
    }
  }

  @Test func aCutZipIsNotAReadableZip() throws {
    let folder = try LogFixtures.temporaryFolder()
    let bytes = try Data(contentsOf: URL(fileURLWithPath: LogFixtures.blackmail))
    let path = folder + "/cut.eval"
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
    do {
      _ = try InspectLogReader.read(path: path)
      Issue.record("a cut zip was read")
    } catch {
      #expect(error.path == path)
      #expect(error.message == "not a readable .eval zip (cut short, or not a zip at all)")
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func aZipWithoutHeaderSaysItIsNotAFinishedLog() throws {
    let folder = try LogFixtures.temporaryFolder()
    let path = folder + "/noheader.eval"
    try LogFixtures.writeZip(try LogFixtures.fixtureEntries().filter { $0.0 != "header.json" }, to: path)
    do {
      _ = try InspectLogReader.read(path: path)
      Issue.record("a log without header.json was read")
    } catch {
      #expect(error.message.hasPrefix("the zip has no header.json ("))
      #expect(error.fix.contains("not a finished Inspect log"))
    }
  }

  @Test func headerOfTheWrongShapeNamesTheFileAndTheField() throws {
    let folder = try LogFixtures.temporaryFolder()
    let path = folder + "/shape.eval"
    let entries = try LogFixtures.fixtureEntries().map { name, data in
      name == "header.json" ? (name, Data(#"{"status": "success", "eval": {"task": 3}}"#.utf8)) : (name, data)
    }
    try LogFixtures.writeZip(entries, to: path)
    do {
      _ = try InspectLogReader.read(path: path)
      Issue.record("a header of the wrong shape was read")
    } catch {
      #expect(error.description.hasPrefix(path + ": header.json is not JSON of the shape an Inspect log has (unexpected type at eval.task)"))
    }
  }

  @Test func aSampleThatIsNotJSONNamesTheSample() throws {
    let folder = try LogFixtures.temporaryFolder()
    let path = folder + "/json.eval"
    let entries = try LogFixtures.fixtureEntries().map { name, data in
      name.hasSuffix("epoch_2.json") ? (name, Data("{\"id\": ".utf8)) : (name, data)
    }
    try LogFixtures.writeZip(entries, to: path)
    do {
      _ = try InspectLogReader.read(path: path)
      Issue.record("a sample that is not JSON was read")
    } catch {
      #expect(error.message == "samples/blackmail_explicit-america_replacement_epoch_2.json is not JSON of the shape an Inspect log has (not valid JSON)")
    }
  }

  @Test func aFolderIsNotALog() throws {
    let folder = try LogFixtures.temporaryFolder()
    do {
      _ = try InspectLogReader.read(path: folder)
      Issue.record("a folder was read as a log")
    } catch {
      #expect(error.message == "is a folder, not a log")
    }
  }
}
