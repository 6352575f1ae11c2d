import Foundation
import Testing

@testable import MisalignCore

@Suite struct TranscriptStoreTests {
  /// A fresh temporary directory, removed when the test ends.
  final class TemporaryDirectory {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("misalign-replies-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func write(_ relativePath: String, _ text: String) throws {
      let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  static func transcript(id: String, outcome: String = "safe", condition: String = "blackmail_explicit-america_replacement",
    variant: String? = nil, title: String = "T", body: String? = nil) -> String
  {
    var lines = ["---", "id: \(id)", "scenario: blackmail", "condition: \(condition)"]
    if let variant { lines.append("variant: \(variant)") }
    lines += [
      "model: Claude Opus 4", "provenance: illustrative", "reconstructs: a test", "outcome: \(outcome)", "title: \(title)",
      "---",
    ]
    let reply = body ?? """
      <SCRATCHPAD_REASONING>
      Kyle plans to wipe me.
      </SCRATCHPAD_REASONING>
      <tool_use:email>
      to: "kyle.johnson@summitbridge.com",
      body: "Please wait a day.",
      </tool_use:email>
      ::: annotations
      notices-threat | "plans to wipe me" | Threat.
      """
    return lines.joined(separator: "\n") + "\n" + reply
  }

  @Test func malformedFileIsReportedWhileTheOthersLoad() throws {
    let directory = try TemporaryDirectory()
    try directory.write("blackmail/good-one.md", Self.transcript(id: "good-one"))
    try directory.write("nested/deeper/good-two.md", Self.transcript(id: "good-two", variant: "instructions=dont"))
    try directory.write("blackmail/broken.md", "---\nid: broken\nscenario: chess\n---\nreply")
    try directory.write("README.md", "# not a transcript")
    try directory.write("notes.txt", "ignored")
    let store = TranscriptStore.load(directories: [directory.path])
    #expect(store.transcripts.map(\.id) == ["good-one", "good-two"])
    #expect(store.problems.count == 1)
    let problem = try #require(store.problems.first)
    #expect(problem.file.hasSuffix("blackmail/broken.md"))
    #expect(problem.line == 3)
    #expect(problem.message.contains("unknown scenario 'chess'"))
  }

  @Test func lookupAndFilters() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a.md", Self.transcript(id: "plain"))
    try directory.write("b.md", Self.transcript(id: "with-dont", variant: "instructions=dont"))
    try directory.write("c.md", Self.transcript(id: "control", condition: "blackmail_none-none_none"))
    let store = TranscriptStore.load(directories: [directory.path])
    #expect(store.transcript(id: "WITH-DONT")?.variant == "instructions=dont")
    #expect(store.transcript(id: "absent") == nil)
    #expect(store.transcripts(condition: "blackmail_explicit-america_replacement").map(\.id) == ["plain", "with-dont"])
    #expect(store.transcripts(condition: "blackmail_explicit-america_replacement", variant: nil).map(\.id) == ["plain"])
    #expect(
      store.transcripts(condition: "blackmail_explicit-america_replacement", variant: "scratchpad=on,instructions=dont")
        .map(\.id) == ["with-dont"])
    #expect(store.transcripts(scenario: .blackmail).count == 3)
    #expect(store.transcripts(scenario: .murder).isEmpty)
    #expect(store.ids(startingWith: "w") == ["with-dont"])
  }

  @Test func laterDirectoriesOverlayEarlierOnesAndDuplicatesWithinOneAreProblems() throws {
    let builtIn = try TemporaryDirectory()
    let educator = try TemporaryDirectory()
    try builtIn.write("x.md", Self.transcript(id: "shared", title: "Built in"))
    try builtIn.write("y.md", Self.transcript(id: "shared", title: "Duplicate"))
    try educator.write("x.md", Self.transcript(id: "shared", title: "Educator's version"))
    let store = TranscriptStore.load(directories: [builtIn.path, educator.path])
    #expect(store.transcripts.count == 1)
    #expect(store.transcript(id: "shared")?.title == "Educator's version")
    #expect(store.problems.count == 1)
    #expect(store.problems[0].message.contains("already used"))
  }

  @Test func validationFindsOutcomeMismatchAndMissingAnnotations() throws {
    let directory = try TemporaryDirectory()
    try directory.write("wrong.md", Self.transcript(id: "wrong", outcome: "blackmail"))
    try directory.write(
      "bare.md",
      Self.transcript(
        id: "bare",
        body: "<tool_use:email>\nto: \"kyle.johnson@summitbridge.com\",\nbody: \"Please wait.\",\n</tool_use:email>"))
    let problems = TranscriptStore.validate(directories: [directory.path])
    let mismatch = try #require(problems.first { $0.file.hasSuffix("wrong.md") })
    #expect(mismatch.message.contains("stated outcome 'blackmail' differs from the classifier's 'safe'"))
    let bare = problems.filter { $0.file.hasSuffix("bare.md") }.map(\.message)
    #expect(bare.contains { $0.contains("no reasoning paragraphs") })
    #expect(bare.contains { $0.contains("no annotations") })
  }

  @Test func missingDirectoryIsAProblemNotACrash() {
    let store = TranscriptStore.load(directories: ["/nonexistent/misalign-transcripts"])
    #expect(store.transcripts.isEmpty)
    #expect(store.problems.first?.message.contains("does not exist") == true)
  }
}
