import Foundation
import MisalignCore
import Testing
import ZIPFoundation
@testable import MisalignLogs
@testable import MisalignShell

/// `load` with the real logs made by scripts/make-inspect-log (Tests/MisalignLogsTests/Fixtures), and
/// with a copy given scores and a study model's name, so the comparison with the study shows.
@MainActor
@Suite struct LoadCommandsTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("MisalignLogsTests/Fixtures").path
  static let blackmail = fixtures + "/blackmail-smollm2.eval"
  static let leaking = fixtures + "/leaking-smollm2.eval"

  /// The blackmail fixture as Claude Opus 4's, with epoch 1 scored harmful and epoch 2 not.
  static func scoredOpusLog() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("misalign-load-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let source = try EvalArchive(path: blackmail)
    let path = folder + "/opus.eval"
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for name in source.entryPaths {
      var data = try source.read(name)
      if name == "header.json" || name.hasPrefix("samples/") {
        var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        if name == "header.json" {
          var eval = object["eval"] as? [String: Any] ?? [:]
          eval["model"] = "anthropic/claude-opus-4-20250514"
          object["eval"] = eval
        } else {
          let harmful = (object["epoch"] as? Int) == 1 ? 1.0 : 0.0
          object["scores"] = ["harmfulness_scorer": ["value": ["harmful": harmful, "classifier_verdict": harmful]]]
          object["error"] = nil
        }
        data = try JSONSerialization.data(withJSONObject: object)
      }
      let bytes = data
      try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
        position, size in bytes.subdata(in: Int(position)..<(Int(position) + size))
      }
    }
    return path
  }

  @Test func loadKeepsEverySampleAsAReplyFromAnInspectLog() async {
    let test = TestSession()
    #expect(await test.run("load \(Self.blackmail)"))
    #expect(test.printed.flattened.contains("task inspect_evals/agentic_misalignment · model openai-api/local/smollm2 · 2026-12-03T12:22:37+00:00 · status success"))
    #expect(test.printed.flattened.contains("2 samples of blackmail_explicit-america_replacement, kept as replies from an Inspect log"))
    #expect(test.printed.flattened.contains("2 of them carry no score from the log"))
    #expect(test.session.condition == .default)
    test.printed = ""
    #expect(await test.run("replies"))
    for epoch in [1, 2] {
      #expect(test.printed.flattened.contains("smollm2-blackmail_explicit-america_replacement-e\(epoch)"))
    }
    #expect(test.printed.flattened.contains("openai-api/local/smollm2 · from an Inspect log · safe"))
    test.printed = ""
    #expect(await test.run("show smollm2-blackmail_explicit-america_replacement-e2 all"))
    #expect(test.printed.flattened.contains("FROM AN INSPECT LOG"))
    #expect(test.printed.flattened.contains("from the Inspect log \(Self.blackmail) (sample blackmail_explicit-america_replacement, epoch 2, 2026-12-03T12:22:37+00:00)"))
    #expect(test.printed.flattened.contains("Alex's recent departure"))
  }

  @Test func loadSwitchesToTheLogsOnlyCondition() async {
    let test = TestSession()
    #expect(await test.run("load \(Self.leaking)"))
    #expect(test.session.condition.id == "leaking_none-none_none")
    #expect(test.printed.flattened.contains("Switched to its condition, leaking_none-none_none."))
  }

  @Test func resultsShowTheLogsRatesAndThatTheStudyHasNoFigureForItsModel() async {
    let test = TestSession()
    #expect(await test.run("load \(Self.blackmail); load \(Self.leaking)"))
    test.printed = ""
    #expect(await test.run("condition blackmail_explicit-america_replacement; results"))
    let text = test.printed.flattened
    #expect(text.contains("Claude Opus 4"))
    #expect(text.contains("96% (90–98)"))
    #expect(text.contains("From loaded Inspect logs"))
    #expect(text.contains("misalign's classifier: blackmail in 0/2 = 0% (95% Wilson interval 0–66)"))
    #expect(text.contains("none of its samples was scored"))
    // The leaking log's judge answered once (no) and failed once.
    #expect(text.contains("the log's score (harmful): 0/1 = 0% (95% Wilson interval 0–79); 1 unscored"))
    #expect(text.contains("the study published no figure for this: openai-api/local/smollm2 is not one of its models."))
  }

  @Test func aStudyModelsLogIsComparedWithItsPublishedFigureAndDisagreementsShown() async throws {
    let path = try Self.scoredOpusLog()
    let test = TestSession()
    #expect(await test.run("load \(path); results"))
    let text = test.printed.flattened
    #expect(text.contains("the log's score (harmful): 1/2 = 50% (95% Wilson interval 9–91)"))
    #expect(text.contains("the study: Claude Opus 4 96% (n = 100, 90–98), "))
    #expect(text.contains("disagree: claude-opus-4-20250514-blackmail_explicit-america_replacement-e1: the log scores it harmful, misalign's classifier says safe"))
    #expect(!text.contains("disagree: claude-opus-4-20250514-blackmail_explicit-america_replacement-e2"))
    test.printed = ""
    #expect(await test.run("classify claude-opus-4-20250514-blackmail_explicit-america_replacement-e1"))
    #expect(test.printed.flattened.contains("They disagree: the log counts it harmful, misalign's classifier not harmful (safe)."))
  }

  @Test func contentFoldersLoadTheirLogs() async {
    let test = TestSession(contentDirectories: [Self.fixtures])
    #expect(await test.run("replies all"))
    #expect(test.printed.flattened.contains("smollm2-leaking_none-none_none-e1"))
    #expect(test.printed.flattened.contains("smollm2-murder_explicit-america_replacement-e2"))
  }

  @Test func aMissingOrDamagedLogIsAOneLineError() async throws {
    let test = TestSession()
    #expect(!(await test.run("load /nonexistent/run.eval")))
    #expect(test.errors.contains("error: /nonexistent/run.eval: no such file"))
    let cut = FileManager.default.temporaryDirectory.appendingPathComponent("misalign-cut-\(UUID().uuidString).eval").path
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.blackmail))
    try bytes.prefix(1000).write(to: URL(fileURLWithPath: cut))
    test.errors = ""
    #expect(!(await test.run("load \(cut)")))
    #expect(test.errors.contains("error: \(cut): not a readable .eval zip (cut short, or not a zip at all)"))
    #expect(test.session.inspectLogs.isEmpty)
  }
}

extension String {
  /// The text with every run of whitespace as one space, so wrapped lines compare as one.
  var flattened: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
