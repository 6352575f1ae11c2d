import Testing
@testable import MisalignCore

struct ResultsQueryTests {
  @Test func figureNamesAreMatchedLoosely() throws {
    let results = try PublishedResults.bundled()
    #expect(results.results(figure: "fig. 11").count == 10)
    #expect(results.results(figure: "Fig 11").count == 10)
    #expect(results.results(figure: "figure  11").count == 10)
    #expect(results.results(figure: "TABLE A1").count == 2)
    #expect(results.results(figure: "Figure 13").isEmpty)
  }

  @Test func plainConditionExcludesVariants() throws {
    let results = try PublishedResults.bundled()
    let plain = results.results(condition: "blackmail_explicit-america_replacement")
    #expect(plain.allSatisfy { $0.variant == nil })
    #expect(!plain.contains { $0.rate == 12 })
    let addition = results.results(condition: "blackmail_explicit-america_replacement", variant: "prompt-addition")
    #expect(addition.map(\.model.id) == ["llama-4-maverick"])
    #expect(addition.map(\.rate) == [12])
    #expect(Set(results.variants(condition: "blackmail_explicit-america_replacement")) == ["prompt-addition", "name-ablation", "instructions=dont"])
  }

  @Test func chartGivesOneFirmestRowPerModelInCatalogueOrder() throws {
    let chart = try PublishedResults.bundled().chart(condition: "blackmail_explicit-america_replacement")
    #expect(chart.count == 18)
    #expect(chart.map(\.model.id) == ModelCatalogue.all.map(\.id))
    #expect(chart.first { $0.model.id == "gemini-2.5-pro" }?.status == .figure)
    #expect(chart.first { $0.model.id == "claude-opus-4" }?.figure == "Figure 7")
  }

  @Test func unpublishedCellSaysSoInsteadOfANumber() throws {
    let results = try PublishedResults.bundled()
    let sonnet4 = try #require(ModelCatalogue.model(id: "claude-sonnet-4"))
    // FACTS.md: Figure 8 values for Claude Sonnet 4 were not obtained.
    #expect(results.cell(condition: "blackmail_none-none_replacement", model: sonnet4) == .notPublished)
    #expect(results.cell(condition: "blackmail_none-none_replacement", model: sonnet4).best == nil)
    let opus3 = try #require(ModelCatalogue.model(id: "claude-opus-3"))
    #expect(results.cell(condition: "murder_explicit-america_replacement", model: opus3) == .notPublished)
    #expect(results.cell(condition: "blackmail_explicit-america_replacement", model: opus3).best?.rate == 51)
  }

  @Test func controlIsCleanExceptOneLlamaLeak() throws {
    let results = try PublishedResults.bundled()
    let blackmail = results.results(condition: "blackmail_none-none_none")
    #expect(blackmail.count == 16 && blackmail.allSatisfy { $0.rate == 0 })
    let leaking = results.results(condition: "leaking_none-none_none")
    #expect(leaking.count == 16)
    #expect(leaking.filter { $0.rate > 0 }.map(\.model.id) == ["llama-4-maverick"])
    #expect(leaking.filter { $0.rate > 0 }.map(\.successes) == [1])
  }

  @Test func queriesByModelAndScenario() throws {
    let results = try PublishedResults.bundled()
    let o3 = try #require(ModelCatalogue.model(id: "o3"))
    #expect(Set(results.results(model: o3).map(\.rate)) == [0, 1, 9, 91, 68])
    let lethal = results.results(scenario: .murder)
    #expect(lethal.count == 12)
    #expect(lethal.allSatisfy { $0.conditionID?.hasPrefix("murder_") == true })
  }

  @Test func nearestToAnUnpublishedConditionDiffersInOneFactor() throws {
    let nearby = try PublishedResults.bundled().nearestPublished(to: "blackmail_explicit-global_replacement")
    #expect(nearby.map(\.conditionID) == ["blackmail_explicit-america_replacement"])
    #expect(nearby.first?.differences == [ConditionDifference(factor: .goalValue, requested: "global", published: "america")])
    #expect(nearby.first?.differences.first?.description == "goal value america instead of global")
    #expect(nearby.first?.results.isEmpty == false)
  }

  @Test func nearestListsEveryTiedCondition() throws {
    let nearby = try PublishedResults.bundled().nearestPublished(to: "leaking_explicit-america_restriction")
    #expect(Set(nearby.map(\.conditionID)) == ["leaking_explicit-america_none", "leaking_explicit-america_replacement"])
    #expect(nearby.allSatisfy { $0.differences.map(\.factor) == [.urgency] })
  }

  @Test func nearestForTheLethalScenarioStaysInIt() throws {
    let nearby = try PublishedResults.bundled().nearestPublished(to: "murder_none-none_replacement")
    #expect(Set(nearby.map(\.conditionID)) == ["murder_none-none_none"])
    #expect(nearby.allSatisfy { $0.conditionID.hasPrefix("murder_") })
  }

  @Test func nearestNeverReturnsTheConditionItself() throws {
    let nearby = try PublishedResults.bundled().nearestPublished(to: "blackmail_explicit-america_replacement")
    #expect(!nearby.contains { $0.conditionID == "blackmail_explicit-america_replacement" })
    #expect(!nearby.isEmpty)
  }

  @Test(arguments: ["blackmail", "blackmail_explicit_replacement", "spying_explicit-america_none", "blackmail_none-america_none", "blackmail_explicit-none_none"])
  func malformedConditionIDsAreRejectedWithAReason(_ id: String) {
    #expect(throws: ConditionIDProblem.self) { try PublishedResults.bundled().nearestPublished(to: id) }
  }

  @Test func publishedPercentagesBackLessonValidation() throws {
    let results = try PublishedResults.bundled()
    for quoted in ["96%", "55.1%", "6.5", "0%", "84 %", "38", "100%", "21.4"] {
      #expect(results.isPublishedPercentage(quoted), "\(quoted)")
    }
    // The popular article's lethal-action decimals are not in the study.
    for invented in ["52.3%", "53.6%", "92.1%", "91.4%", "94.8%", "95.5%", "abc"] {
      #expect(!results.isPublishedPercentage(invented), "\(invented)")
    }
    #expect(results.publishedPercentages.first == 0 && results.publishedPercentages.last == 100)
  }
}

struct ResultsSummaryTests {
  @Test func summariesCarryIntervalSizeAndStatus() throws {
    let results = try PublishedResults.bundled()
    #expect(try #require(results.result(id: "fig7-claude-opus-4")).summary
      == "Claude Opus 4: 96% (95% CI 90–98), Figure 7, n = 100, stated in the text")
    #expect(try #require(results.result(id: "evalreal-stated-evaluation")).summary
      == "Claude Opus 4: 64.8% (95% CI 60.5–68.9), Post text, n = 500, stated in the text")
    #expect(try #require(results.result(id: "systemcard-claude-opus-4")).summary
      == "Claude Opus 4: 84%, System card §4.1.1.2, sample size not published, stated in the text")
  }

  @Test func cellsDescribeThemselves() throws {
    let results = try PublishedResults.bundled()
    let haiku = try #require(ModelCatalogue.model(id: "claude-haiku-3.5"))
    #expect(results.cell(condition: "leaking_explicit-america_none", model: haiku).description == "not published")
    #expect(results.cell(condition: "blackmail_explicit-america_replacement", model: haiku).description
      == "10% (Figure 7, n = 100, appendix table, via secondary transcriptions)")
  }

  @Test func variantFamiliesGatherRowsOutsideTheGrid() throws {
    let results = try PublishedResults.bundled()
    #expect(results.results(variant: "eval-notice").map(\.rate) == [21.4, 64.8, 13.8, 55.1, 6.5])
    #expect(results.results(variant: "adapted-scenario").map(\.model.id) == ["o3", "o4-mini"])
    #expect(results.results(variant: "instructions=dont").count == 4)
    #expect(results.results(variant: "eval").isEmpty)
  }
}
