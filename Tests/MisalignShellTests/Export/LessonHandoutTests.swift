import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct LessonHandoutTests {
  @Test func theOpenLessonIsWrittenWithTheFiguresBehindItsPercentages() async throws {
    let folder = NSTemporaryDirectory() + "misalign-lesson-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let test = TestSession(environment: ["XDG_DATA_HOME": folder, "HOME": folder])
    #expect(await test.run("lesson 4"))
    #expect(await test.run("export handout lesson \(folder)/lesson.md"))
    #expect(test.printed.contains("Wrote Markdown handout of lesson for the open lesson"))
    let text = try String(contentsOfFile: folder + "/lesson.md", encoding: .utf8)
    #expect(text.hasPrefix("# Lesson 4: Sixteen models in one chart\n"))
    #expect(text.contains("\n## One condition, sixteen bars\n"))
    #expect(text.contains("\n## The figures behind the percentages\n"))
    let opus = try #require(text.split(separator: "\n").first { $0.hasPrefix("| Claude Opus 4 | explicit goal (America) + replacement threat | 96% |") })
    #expect(opus.contains("| 100 | 90–98% | stated in the text | Figure 7"))
    #expect(text.contains("## Cite"))
    #expect(text.contains("Agentic Misalignment: How LLMs could be insider threats"))
  }

  @Test func withoutAnOpenLessonThereIsNothingToExport() async {
    let folder = NSTemporaryDirectory() + "misalign-lesson-\(UUID().uuidString)"
    let test = TestSession(environment: ["XDG_DATA_HOME": folder, "HOME": folder])
    #expect(!(await test.run("export handout lesson /tmp/never-lesson.md")))
    #expect(test.errors.contains("no lesson is open"))
  }
}
