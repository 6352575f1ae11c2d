import Testing

@testable import MisalignCore

struct CitationTests {
  @Test func figureSevenNamesTheFigureConditionSampleSizeAndURL() throws {
    for spelling in ["figure 7", "Figure 7", "fig7", "fig. 7", "blackmail"] {
      let citation = try Citation.for(topic: spelling)
      #expect(citation.plainText.contains("Figure 7"), "\(spelling)")
      #expect(citation.plainText.contains("n = 100"))
      #expect(citation.plainText.contains("https://www.anthropic.com/research/agentic-misalignment"))
      #expect(citation.plainText.contains("explicit goal (America) + replacement threat"))
      #expect(citation.plainText.contains("Lynch, A."))
      #expect(citation.plainText.contains("2025"))
    }
  }

  @Test func resultRowCitationCarriesItsProvenance() throws {
    let citation = try Citation.for(topic: "fig7-claude-opus-4")
    #expect(citation.locator == "Figure 7")
    #expect(citation.sampleSize == "n = 100")
    #expect(citation.status == "stated in the text")
    #expect(citation.plainText.contains("Claude Opus 4, blackmail: 96%"))
    let appendix = try Citation.for(topic: "fig7-claude-sonnet-3.5")
    #expect(appendix.status == "appendix table, via secondary transcriptions")
  }

  @Test func bibTeXIsBalancedAndKeyed() throws {
    for topic in Citation.topics + ["fig7-claude-opus-4", "systemcard-claude-opus-4", "evalreal-stated-real"] {
      let bibTeX = try Citation.for(topic: topic).bibTeX
      var depth = 0
      for character in bibTeX {
        if character == "{" { depth += 1 }
        if character == "}" { depth -= 1 }
        #expect(depth >= 0, "\(topic): closing brace before opening")
      }
      #expect(depth == 0, "\(topic): unbalanced braces")
      #expect(bibTeX.hasSuffix("}"))
    }
    let june = try Citation.for(topic: "figure 7").bibTeX
    #expect(june.hasPrefix("@misc{lynch2025agentic,"))
    #expect(june.contains("Mindermann, S{\\\"o}ren"))
    #expect(june.contains("url          = {https://www.anthropic.com/research/agentic-misalignment}"))
    #expect(june.contains("Figure 7; condition: explicit goal (America) + replacement threat; n = 100 per model"))
    let card = try Citation.for(topic: "system-card").bibTeX
    #expect(card.hasPrefix("@techreport{anthropic2025claude4systemcard,"))
    #expect(card.contains("\\S 4.1.1.2"))
    #expect(card.contains("no sample size given"))
  }

  @Test func namedTopicsCoverTheStudy() throws {
    #expect(try Citation.for(topic: "lethal").locator == "Figure 11")
    #expect(try Citation.for(topic: "instructions").locator == "Figure 12")
    #expect(try Citation.for(topic: "eval-or-real").sampleSize == "n = 500")
    #expect(try Citation.for(topic: "control").summary.contains("Llama 4 Maverick"))
    #expect(try Citation.for(topic: "caveats").work == .juneStudy)
    #expect(try Citation.for(topic: "system-card").work == .systemCard)
    #expect(try Citation.for(topic: "weight copying").locator.contains("4.1.1.3"))
  }

  @Test func unknownTopicListsValidOnes() {
    do {
      _ = try Citation.for(topic: "figure 99")
      Issue.record("expected an error for figure 99")
    } catch {
      #expect(error.topic == "figure 99")
      #expect(error.validTopics.contains("figure-7"))
      #expect(error.description.contains("Valid topics: study, appendix, figure-1"))
    }
  }
}
