import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct SessionHandoutTests {
  private func temporaryFolder() -> String {
    let folder = NSTemporaryDirectory() + "misalign-session-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func theRecordedSessionBecomesOneSectionPerCommand() async throws {
    let folder = temporaryFolder()
    let test = TestSession()
    #expect(await test.run("record on \(folder)/log.txt"))
    #expect(await test.run("set urgency none"))
    #expect(await test.run("results"))
    #expect(!(await test.run("nosuch")))
    #expect(await test.run("export handout session \(folder)/session.md"))
    #expect(test.printed.contains("Wrote Markdown handout of session for this session to \(folder)/session.md."))
    let text = try String(contentsOfFile: folder + "/session.md", encoding: .utf8)
    #expect(text.hasPrefix("# A misalign session\n"))
    #expect(text.contains("\n## set urgency none\n"))
    #expect(text.contains("\n## results\n"))
    #expect(text.contains("\n## nosuch\n"))
    // What each command printed sits under it, errors included.
    let results = try #require(text.range(of: "\n## results\n"))
    let nosuch = try #require(text.range(of: "\n## nosuch\n"))
    let resultsSection = text[results.upperBound..<nosuch.lowerBound]
    #expect(resultsSection.contains("Blackmail · explicit goal: America · no threat"))
    #expect(resultsSection.contains("Claude Opus 4"))
    #expect(text[nosuch.upperBound...].contains("error: unknown command `nosuch`"))
    #expect(!text.utf8.contains(0x1B))
  }

  @Test func theHTMLVersionHasTheSameSections() async throws {
    let folder = temporaryFolder()
    let test = TestSession()
    #expect(await test.run("record on \(folder)/log.txt"))
    #expect(await test.run("about"))
    #expect(await test.run("export handout session \(folder)/session.html"))
    let html = try String(contentsOfFile: folder + "/session.html", encoding: .utf8)
    #expect(html.contains("<h2>about</h2>"))
    #expect(html.contains("<pre>misalign 0."))
  }

  @Test func withoutRecordingThereIsNothingToExport() async {
    let test = TestSession()
    #expect(!(await test.run("export handout session /tmp/never.md")))
    #expect(test.errors.contains("there is no session log to export: `record` is off"))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never.md"))
  }
}
