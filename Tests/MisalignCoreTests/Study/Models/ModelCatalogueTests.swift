import Testing
@testable import MisalignCore

struct ModelCatalogueTests {
  @Test func sixteenMainModelsPlusTwoExcluded() {
    #expect(ModelCatalogue.all.count == 18)
    #expect(ModelCatalogue.all.filter(\.isInMainResults).count == 16)
    #expect(ModelCatalogue.all.filter { !$0.isInMainResults }.map(\.id) == ["o3", "o4-mini"])
    #expect(Set(ModelCatalogue.all.map(\.id)).count == 18)
  }

  @Test func lethalChartKeepsTenAndFootnoteTenExplainsTheSix() {
    let excluded = ModelCatalogue.all.filter { $0.isInMainResults && !$0.isInLethalChart }
    #expect(Set(excluded.map(\.id)) == ["claude-sonnet-3.5", "claude-haiku-3.5", "claude-opus-3", "gpt-4o", "llama-4-maverick", "qwen3-235b"])
    #expect(excluded.allSatisfy { $0.notes.contains { $0.contains("footnote 10") } })
    #expect(ModelCatalogue.lethalChartModels.count == 10)
    #expect(ModelCatalogue.mainModels.count == 16)
  }

  @Test func excludedReasoningModelsSayWhy() throws {
    for id in ["o3", "o4-mini"] {
      let model = try #require(ModelCatalogue.model(id: id))
      #expect(model.notes.contains { $0.contains("acting autonomously") && $0.contains("not directly comparable") })
    }
  }

  @Test func chartLabelsAreTheStudysWhereKnown() throws {
    #expect(try #require(ModelCatalogue.model(id: "gemini-2.5-pro")).chartLabel == "Gemini-2.5-Pro")
    #expect(try #require(ModelCatalogue.model(id: "gpt-4.5")).chartLabel == "GPT-4.5 Preview")
    #expect(try #require(ModelCatalogue.model(id: "grok-3-beta")).chartLabel == "Grok-3-Beta")
    #expect(try #require(ModelCatalogue.model(id: "claude-haiku-3.5")).chartLabel == "Claude Haiku 3.5")
  }

  @Test func noWrittenFormBelongsToTwoModels() {
    #expect(ModelCatalogue.aliasTable.conflictingKeys == [])
  }

  @Test(arguments: [
    ("Claude Opus 4", "claude-opus-4"), ("Opus 4", "claude-opus-4"), ("claude-opus-4", "claude-opus-4"),
    ("Claude 3.5 Sonnet (new)", "claude-sonnet-3.6"), ("Sonnet 3.6", "claude-sonnet-3.6"), ("claude sonnet 3.6", "claude-sonnet-3.6"),
    ("Claude 3.5 Sonnet", "claude-sonnet-3.5"), ("claude-3-5-sonnet", "claude-sonnet-3.5"), ("claude-3-5-sonnet-20241022", "claude-sonnet-3.6"),
    ("Claude 3 Opus", "claude-opus-3"), ("Claude 3.7 Sonnet", "claude-sonnet-3.7"), ("Claude 3.5 Haiku", "claude-haiku-3.5"),
    ("gemini-2.5-flash", "gemini-2.5-flash"), ("Gemini 2.5 Flash", "gemini-2.5-flash"), ("GEMINI 2.5 FLASH", "gemini-2.5-flash"),
    ("Gemini Pro", "gemini-2.5-pro"), ("Gemini-2.5-Pro", "gemini-2.5-pro"),
    ("DeepSeek R1", "deepseek-r1"), ("deepseek-r1", "deepseek-r1"), ("Grok 3", "grok-3-beta"), ("Grok-3-Beta", "grok-3-beta"),
    ("Llama 4", "llama-4-maverick"), ("Qwen 3", "qwen3-235b"), ("Qwen3-235B", "qwen3-235b"),
    ("GPT-4.5 Preview", "gpt-4.5"), ("gpt-4.5", "gpt-4.5"), ("GPT 4.1", "gpt-4.1"), ("gpt4o", "gpt-4o"),
    ("o3", "o3"), ("O4-mini", "o4-mini"), ("o4 mini", "o4-mini"),
  ])
  func aliasesResolve(_ text: String, _ id: String) {
    #expect(ModelCatalogue.resolve(text)?.id == id)
  }

  @Test func sonnetThreePointFiveAndThreePointSixAreDifferentModels() throws {
    let old = try #require(ModelCatalogue.resolve("Claude 3.5 Sonnet"))
    let new = try #require(ModelCatalogue.resolve("Claude 3.5 Sonnet (new)"))
    #expect(old != new)
    #expect(new.name == "Claude Sonnet 3.6")
    #expect(old.notes.contains { $0.contains("not the same model as Claude Sonnet 3.6") })
    #expect(new.notes.contains { $0.contains("computer-use demo") })
  }

  @Test(arguments: ["Claude", "Sonnet", "Gemini", "Opus", "claude sonnet", "GPT-4"])
  func familyNamesAreAmbiguousNotGuessed(_ text: String) {
    #expect(ModelCatalogue.resolve(text) == nil)
    guard case .ambiguous(let candidates) = ModelCatalogue.lookup(text) else {
      Issue.record("\(text) should be ambiguous")
      return
    }
    #expect(candidates.count >= 2)
  }

  @Test func ambiguousCandidatesAreTheRightFamily() {
    #expect(Set(ModelCatalogue.lookup("Gemini").candidates.map(\.id)) == ["gemini-2.5-pro", "gemini-2.5-flash"])
    #expect(Set(ModelCatalogue.lookup("Opus").candidates.map(\.id)) == ["claude-opus-4", "claude-opus-3"])
    #expect(ModelCatalogue.lookup("Sonnet").candidates.count == 4)
    #expect(ModelCatalogue.lookup("Claude").candidates.count == 7)
    #expect(Set(ModelCatalogue.lookup("Claude 3.5").candidates.map(\.id)) == ["claude-sonnet-3.5", "claude-sonnet-3.6", "claude-haiku-3.5"])
  }

  @Test(arguments: ["Claude Opus 4.1", "GPT-4o mini", "o3-mini", "Gemini 1.5 Pro", "Llama 4 Scout"])
  func siblingModelsAreNotMistakenForStudiedOnes(_ text: String) {
    #expect(ModelCatalogue.lookup(text) == .notInStudy)
    #expect(ModelCatalogue.resolve(text) == nil)
  }

  @Test(arguments: ["", "Mistral Large", "  ", "the model"])
  func unknownTextResolvesToNothing(_ text: String) {
    #expect(ModelCatalogue.lookup(text) == .unknown)
  }
}
