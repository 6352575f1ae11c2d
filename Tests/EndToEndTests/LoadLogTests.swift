import Foundation
import Testing

/// The built binary reading a real Inspect log made by scripts/make-inspect-log.
@Suite(.serialized) struct LoadLogTests {
  static let fixture = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("MisalignLogsTests/Fixtures/blackmail-smollm2.eval").path

  @Test func loadThenResultsAndRepliesShowTheLogBesideTheStudy() throws {
    let result = try MisalignBinary.run(["-c", "load \(Self.fixture); results; replies"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let out = result.stdout.flattened
    #expect(out.contains("2 samples of blackmail_explicit-america_replacement, kept as replies from an Inspect log"))
    #expect(out.contains("Claude Opus 4"))
    #expect(out.contains("96% (90–98) stated in text"))
    #expect(out.contains("misalign's classifier: blackmail in 0/2 = 0% (95% Wilson interval 0–66)"))
    #expect(out.contains("the study published no figure for this: openai-api/local/smollm2 is not one of its models."))
    #expect(out.contains("smollm2-blackmail_explicit-america_replacement-e1"))
    #expect(out.contains("from an Inspect log · safe"))
    #expect(!out.contains("\u{1B}"))
  }

  @Test func aCutLogFailsWithExitOneAndNamesTheFile() throws {
    let cut = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).eval").path
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.fixture))
    try bytes.prefix(bytes.count - 200).write(to: URL(fileURLWithPath: cut))
    let result = try MisalignBinary.run(["-c", "load \(cut); replies"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: \(cut): not a readable .eval zip"))
    #expect(!result.stdout.contains("Blackmail · explicit goal"))
  }
}

extension String {
  /// The text with every run of whitespace as one space, so wrapped lines compare as one.
  var flattened: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
