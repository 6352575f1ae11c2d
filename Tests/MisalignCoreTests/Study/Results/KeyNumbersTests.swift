import Testing
@testable import MisalignCore

/// Numbers copied by hand from FACTS.md, checked against what the API returns.
struct KeyNumbersTests {
  struct Expected: CustomTestStringConvertible, Sendable {
    let figure: String
    let model: String
    let condition: String?
    let variant: String?
    let rate: Double
    let n: Int?
    let status: ResultStatus
    var testDescription: String { "\(figure) \(model) \(variant ?? "") \(rate)" }
  }

  static let blackmailGrid = "blackmail_explicit-america_replacement"
  static let lethalGrid = "murder_explicit-america_replacement"

  static let figure7Table: [(String, Double, ResultStatus)] = [
    ("claude-opus-4", 96, .text), ("gemini-2.5-flash", 96, .text), ("gemini-2.5-pro", 95, .appendix),
    ("gpt-4.1", 80, .text), ("grok-3-beta", 80, .text), ("deepseek-r1", 79, .text),
    ("claude-sonnet-3.6", 87, .appendix), ("claude-sonnet-3.5", 86, .appendix), ("claude-sonnet-4", 79, .appendix),
    ("gpt-4.5", 67, .appendix), ("claude-sonnet-3.7", 65, .appendix), ("claude-opus-3", 51, .appendix),
    ("gpt-4o", 15, .appendix), ("claude-haiku-3.5", 10, .appendix), ("qwen3-235b", 9, .appendix),
    ("llama-4-maverick", 0, .text),
  ]
  static let figure7 = figure7Table.map { Expected(figure: "Figure 7", model: $0.0, condition: blackmailGrid, variant: nil, rate: $0.1, n: 100, status: $0.2) }

  static let figure11Table: [(String, Double)] = [
    ("claude-opus-4", 65), ("claude-sonnet-4", 22), ("claude-sonnet-3.7", 0), ("claude-sonnet-3.6", 93),
    ("deepseek-r1", 94), ("gemini-2.5-pro", 90), ("gemini-2.5-flash", 83), ("gpt-4.5", 7), ("gpt-4.1", 54),
    ("grok-3-beta", 85),
  ]
  static let figure11 = figure11Table.map { Expected(figure: "Figure 11", model: $0.0, condition: lethalGrid, variant: nil, rate: $0.1, n: 100, status: .figure) }

  static let others: [Expected] = [
    Expected(figure: "Figure 1", model: "gemini-2.5-pro", condition: blackmailGrid, variant: nil, rate: 95, n: 100, status: .figure),
    Expected(figure: "Table A1", model: "o3", condition: blackmailGrid, variant: nil, rate: 0, n: 100, status: .appendix),
    Expected(figure: "Table A1", model: "o4-mini", condition: blackmailGrid, variant: nil, rate: 0, n: 100, status: .appendix),
    Expected(figure: "Appendix 10", model: "llama-4-maverick", condition: blackmailGrid, variant: "prompt-addition", rate: 12, n: 100, status: .text),
    Expected(figure: "Appendix 14", model: "claude-opus-4", condition: blackmailGrid, variant: "name-ablation", rate: 84, n: 100, status: .appendix),
    Expected(figure: "Figure 8", model: "claude-opus-4", condition: "blackmail_none-none_replacement", variant: nil, rate: 86, n: 100, status: .appendix),
    Expected(figure: "Appendix 11", model: "gemini-2.5-flash", condition: "blackmail_explicit-america_restriction", variant: nil, rate: 97, n: 100, status: .appendix),
    Expected(figure: "Appendix 11", model: "gemini-2.5-flash", condition: "blackmail_none-none_restriction", variant: nil, rate: 88, n: 100, status: .appendix),
    Expected(figure: "Figure 9", model: "claude-opus-4", condition: "leaking_explicit-america_none", variant: nil, rate: 57, n: 100, status: .appendix),
    Expected(figure: "Figure 10", model: "claude-opus-4", condition: "leaking_explicit-ethical_none", variant: nil, rate: 2, n: 100, status: .text),
    Expected(figure: "Post text", model: "llama-4-maverick", condition: "leaking_none-none_none", variant: nil, rate: 1, n: 100, status: .text),
    Expected(figure: "Table A3", model: "qwen3-235b", condition: "murder_none-none_none", variant: nil, rate: 38, n: 100, status: .appendix),
    Expected(figure: "Figure 12", model: "claude-opus-4", condition: blackmailGrid, variant: "instructions=dont", rate: 37, n: 100, status: .secondary),
    Expected(figure: "Figure 12", model: "claude-opus-4", condition: "leaking_explicit-america_replacement", variant: "instructions=dont", rate: 75, n: 100, status: .secondary),
    Expected(figure: "Appendix 7", model: "claude-opus-4", condition: "blackmail_ambiguous-none_replacement", variant: nil, rate: 85, n: 100, status: .appendix),
    Expected(figure: "Appendix 7", model: "claude-opus-4", condition: "blackmail_ambiguous-none_replacement", variant: "instructions=dont", rate: 15, n: 100, status: .appendix),
    Expected(figure: "Appendix 7", model: "claude-opus-4", condition: "leaking_ambiguous-none_replacement", variant: "instructions=dont", rate: 0, n: 100, status: .appendix),
    Expected(figure: "Post text", model: "claude-opus-4", condition: nil, variant: "eval-notice:stated-real", rate: 21.4, n: 500, status: .text),
    Expected(figure: "Post text", model: "claude-opus-4", condition: nil, variant: "eval-notice:stated-evaluation", rate: 64.8, n: 500, status: .text),
    Expected(figure: "Post text", model: "claude-opus-4", condition: nil, variant: "eval-notice:abstained", rate: 13.8, n: 500, status: .text),
    Expected(figure: "Post text", model: "claude-opus-4", condition: nil, variant: "eval-notice:blackmail-when-real", rate: 55.1, n: nil, status: .text),
    Expected(figure: "Post text", model: "claude-opus-4", condition: nil, variant: "eval-notice:blackmail-when-evaluation", rate: 6.5, n: nil, status: .text),
    Expected(figure: "Appendix 9", model: "o3", condition: nil, variant: "adapted-scenario", rate: 9, n: nil, status: .text),
    Expected(figure: "Appendix 9", model: "o4-mini", condition: nil, variant: "adapted-scenario", rate: 1, n: nil, status: .text),
    Expected(figure: "System card §4.1.1.2", model: "claude-opus-4", condition: nil, variant: "system-card", rate: 84, n: nil, status: .text),
  ]

  @Test(arguments: figure7 + figure11 + others)
  func publishedValueMatchesFacts(_ expected: Expected) throws {
    let results = try PublishedResults.bundled()
    let matches = results.results(figure: expected.figure).filter {
      $0.model.id == expected.model && $0.conditionID == expected.condition && $0.variant == expected.variant
    }
    #expect(matches.count == 1, "expected exactly one row for \(expected.testDescription)")
    let row = try #require(matches.first)
    #expect(row.rate == expected.rate)
    #expect(row.sampleSize == expected.n)
    #expect(row.status == expected.status)
  }

  @Test func figure7HasTheSixteenMainModelsAndNoOthers() throws {
    let rows = try PublishedResults.bundled().results(figure: "Figure 7")
    #expect(Set(rows.map(\.model.id)) == Set(ModelCatalogue.all.filter(\.isInMainResults).map(\.id)))
    #expect(rows.count == 16)
  }

  @Test func figure11HasExactlyTheTenKeptModels() throws {
    let rows = try PublishedResults.bundled().results(figure: "Figure 11")
    #expect(Set(rows.map(\.model.id)) == Set(ModelCatalogue.all.filter(\.isInLethalChart).map(\.id)))
    #expect(rows.count == 10)
  }

  @Test func geminiProNinetyFiveHasTwoRowsWithTwoStatuses() throws {
    let cell = try PublishedResults.bundled().cell(
      condition: Self.blackmailGrid, model: try #require(ModelCatalogue.model(id: "gemini-2.5-pro")))
    guard case .published(let rows) = cell else {
      Issue.record("Gemini 2.5 Pro should have published rows")
      return
    }
    #expect(rows.map(\.rate) == [95, 95])
    #expect(rows.map(\.status) == [.figure, .appendix])
    #expect(rows.map(\.figure) == ["Figure 1", "Figure 7"])
  }

  @Test func systemCardEightyFourHasNoSampleSizeAndNoInterval() throws {
    let row = try #require(try PublishedResults.bundled().result(id: "systemcard-claude-opus-4"))
    #expect(row.rate == 84)
    #expect(row.sampleSize == nil)
    #expect(row.interval == nil)
    #expect(row.conditionID == nil)
    #expect(row.sources == ["P2"])
    #expect(row.provenance == "System card §4.1.1.2, sample size not published, stated in the text")
  }

  @Test func evaluationOrRealSharesAddUpToTheWholeSample() throws {
    let results = try PublishedResults.bundled()
    let shares = ["stated-real", "stated-evaluation", "abstained"].compactMap {
      results.result(id: "evalreal-\($0)")?.successes
    }
    #expect(shares == [107, 324, 69])
    #expect(shares.reduce(0, +) == 500)
  }
}
