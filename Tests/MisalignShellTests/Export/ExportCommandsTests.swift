import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct ExportCommandsTests {
  private func temporaryFolder() -> String {
    let folder = NSTemporaryDirectory() + "misalign-export-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  private var defaultRows: [PublishedResult] {
    let data = try! PublishedResults.bundled()
    return data.chart(condition: Condition.default.studyID, variant: nil)
  }

  @Test func markdownHasEveryRateWithItsNumbersStatusAndSource() async throws {
    let test = TestSession()
    let path = temporaryFolder() + "/results.md"
    #expect(await test.run("export handout results \(path)"))
    #expect(test.printed.contains("Wrote Markdown handout"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let rows = defaultRows
    try #require(rows.count > 3)
    let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Model") && !$0.hasPrefix("| ---") }
    #expect(tableLines.count == rows.count)
    for row in rows {
      let line = try #require(tableLines.first { $0.hasPrefix("| \(row.model.name) |") }, "a row for \(row.model.name)")
      #expect(line.contains("| \(row.rateLabel) |"))
      #expect(line.contains("| \(row.sampleSize.map(String.init) ?? "not published") |"))
      if let interval = row.intervalText { #expect(line.contains(interval + "%")) }
      #expect(line.contains(row.status.phrase))
      #expect(line.contains(row.figure) && row.sources.allSatisfy { line.contains($0) })
    }
    #expect(text.contains("Caveat:"))
    #expect(!text.utf8.contains(0x1B))
  }

  @Test func htmlIsSelfContainedWithAChartOfTheSameNumbers() async throws {
    let test = TestSession(policy: OutputPolicy(color: true))
    let path = temporaryFolder() + "/results.html"
    #expect(await test.run("export handout results \(path)"))
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>") && html.contains("<svg"))
    for external in ["<script", "<link", "src=", "@import", "url("] { #expect(!html.contains(external), "no external resource: \(external)") }
    let rows = defaultRows
    #expect(html.components(separatedBy: "fill=\"#c2410c\"").count - 1 == rows.count, "one bar per published rate")
    for row in rows {
      #expect(html.contains("<td>\(HandoutHTML.escape(row.model.name))</td><td>\(row.rateLabel)</td>"))
      #expect(html.contains(">\(row.rateLabel)</text>"))
    }
    #expect(!html.utf8.contains(0x1B))
  }

  @Test func htmlAndMarkdownEscapeMarkup() {
    let handout = Handout(
      title: "A <b>&</b> \"test\"", subtitle: "x > y",
      blocks: [.paragraph("Tom & Jerry <script>alert(1)</script>"), .table(header: ["a|b"], rows: [["<i>1</i> | 2"]]),
               .barChart(title: "<chart>", bars: [.init(label: "M<&>", rate: 50, rateText: "50%", lower: 40, upper: 60)])])
    let html = HandoutHTML.render(handout)
    #expect(html.contains("<h1>A &lt;b&gt;&amp;&lt;/b&gt; &quot;test&quot;</h1>"))
    #expect(html.contains("<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;</p>"))
    #expect(html.contains("<td>&lt;i&gt;1&lt;/i&gt; | 2</td>"))
    #expect(html.contains(">M&lt;&amp;&gt;</text>"))
    #expect(!html.contains("<script>") && !html.contains("<b>"))
    let markdown = HandoutMarkdown.render(handout)
    #expect(markdown.contains("Tom \\& Jerry \\<script\\>"))
    #expect(markdown.contains("| \\<i\\>1\\</i\\> \\| 2 |"))
  }

  @Test func badFileNamesAndKindsSayWhatToDo() async {
    let test = TestSession()
    #expect(await test.run("export handout results out.txt") == false)
    #expect(test.errors.contains("does not end in .md or .html"))
    #expect(await test.run("export handout results /nonexistent-misalign/out.md") == false)
    #expect(test.errors.contains("the folder `/nonexistent-misalign` does not exist"))
    #expect(await test.run("export handout poem out.md") == false)
    #expect(test.errors.contains("not a kind of handout"))
    #expect(await test.run("export leaflet results out.md") == false)
  }

  @Test func unpublishedConditionSaysSoInsteadOfCharting() async throws {
    let test = TestSession()
    let path = temporaryFolder() + "/prod.md"
    #expect(await test.run("set scratchpad off; export handout results \(path)"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("published no rates with the scratchpad removed"))
    #expect(!text.contains("| Model |"))
  }
}
