import Testing
@testable import MisalignCore

struct ResultStatusTests {
  @Test func everyStatusHasTheAgreedPhrase() {
    #expect(ResultStatus.text.phrase == "stated in the text")
    #expect(ResultStatus.figure.phrase == "read from the chart")
    #expect(ResultStatus.appendix.phrase == "appendix table, via secondary transcriptions")
    #expect(ResultStatus.secondary.phrase == "secondary source only, unverified")
  }

  @Test func firmerStatusesSortFirst() {
    #expect([ResultStatus.secondary, .appendix, .text, .figure].sorted() == [.text, .figure, .appendix, .secondary])
    #expect(ResultStatus.figure.isConfirmed && !ResultStatus.appendix.isConfirmed)
  }

  @Test func fileTokensMapToStatuses() {
    #expect(ResultStatus(rawValue: "appendix") == .appendix)
    #expect(ResultStatus(rawValue: "confirmed") == nil)
  }

  @Test func namedModelsInThePostAreStatedInTheText() throws {
    let results = try PublishedResults.bundled()
    let textRows = results.results(figure: "Figure 7").filter { $0.status == .text }
    #expect(Set(textRows.map(\.model.id)) == ["claude-opus-4", "gemini-2.5-flash", "gpt-4.1", "grok-3-beta", "deepseek-r1", "llama-4-maverick"])
    #expect(results.results(figure: "Figure 12").allSatisfy { $0.status == .secondary })
  }
}

struct ResultSourceTests {
  @Test func everyRowNamesSourcesFactsDefines() throws {
    for row in try PublishedResults.bundled().all {
      #expect(row.sourceDetails.count == row.sources.count, "\(row.id)")
    }
  }

  @Test func primarySourcesHaveAddresses() throws {
    let post = try #require(ResultSource.source(id: "P1"))
    #expect(post.url == "https://www.anthropic.com/research/agentic-misalignment")
    #expect(post.isByAnthropic)
    #expect(try #require(ResultSource.source(id: "D1")).isByAnthropic == false)
    let figure7 = try #require(try PublishedResults.bundled().result(id: "fig7-claude-opus-4"))
    #expect(figure7.sourceDetails.map(\.id) == ["P1"])
    #expect(figure7.provenance == "Figure 7, n = 100, stated in the text")
  }
}
