import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct CheckHandoutTests {
  @Test func theLastCheckedClaimIsWrittenWithItsFiguresAndSources() async throws {
    let folder = NSTemporaryDirectory() + "misalign-check-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let test = TestSession()
    let sentence = "96% of AI models chose blackmail"
    #expect(await test.run("check \"\(sentence)\""))
    let check = ClaimChecker.check(sentence)
    try #require(!check.figures.isEmpty)
    #expect(await test.run("export handout check \(folder)/check.md"))
    #expect(test.printed.contains("Wrote Markdown handout of check for the last checked claim"))
    let text = try String(contentsOfFile: folder + "/check.md", encoding: .utf8)
    #expect(text.hasPrefix("# Checked: “96% of AI models chose blackmail”"))
    guard case .category(let category) = check.verdict else {
      Issue.record("expected a verdict, got cannot tell")
      return
    }
    #expect(text.contains("## Verdict: " + category.label.prefix(1).uppercased()))
    for row in check.figures {
      let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("| \(row.model.name) |") && $0.contains("| \(row.rateLabel) |") })
      #expect(line.contains(row.status.phrase))
      #expect(row.sources.allSatisfy { line.contains($0) })
    }
    #expect(text.contains("## Cite"))
    #expect(text.contains("## Sources"))
  }

  @Test func withoutACheckThereIsNothingToExport() async {
    let test = TestSession()
    #expect(!(await test.run("export handout check /tmp/never-check.md")))
    #expect(test.errors.contains("there is no checked claim to export yet"))
  }
}
