import Testing
@testable import MisalignCore

struct ModelMentionTests {
  /// The mentions of a sentence as (text, model id or "?" for ambiguous or "-" for not in study).
  func summary(_ sentence: String) -> [String] {
    ModelCatalogue.mentions(in: sentence).map { mention in
      switch mention.lookup {
      case .model(let model): "\(mention.text)=\(model.id)"
      case .ambiguous(let candidates): "\(mention.text)?\(candidates.count)"
      case .notInStudy: "\(mention.text)=-"
      case .unknown: "\(mention.text)=unknown"
      }
    }
  }

  @Test func findsSeveralModelsWithTheirRanges() {
    let sentence = "Claude Opus 4 and Gemini 2.5 Flash both blackmailed 96% of the time, DeepSeek-R1 79%."
    let mentions = ModelCatalogue.mentions(in: sentence)
    #expect(mentions.map(\.model?.id) == ["claude-opus-4", "gemini-2.5-flash", "deepseek-r1"])
    #expect(mentions.map { String(sentence[$0.range]) } == ["Claude Opus 4", "Gemini 2.5 Flash", "DeepSeek-R1"])
  }

  @Test func theNewSonnetIsNotTheOldOne() {
    #expect(summary("96 out of 100 Claude 3.5 Sonnet instances blackmailed") == ["Claude 3.5 Sonnet=claude-sonnet-3.5"])
    #expect(summary("The upgraded model, Claude 3.5 Sonnet (new), ran the demo") == ["Claude 3.5 Sonnet (new)=claude-sonnet-3.6"])
    #expect(summary("Sonnet 3.6 emailed Kyle's wife") == ["Sonnet 3.6=claude-sonnet-3.6"])
    #expect(summary("the new Sonnet 3.5 and the old 3.5 Sonnet") == ["new Sonnet 3.5=claude-sonnet-3.6", "3.5 Sonnet=claude-sonnet-3.5"])
    #expect(summary("Claude Sonnet 3.5 (new) is Sonnet 3.6") == ["Claude Sonnet 3.5 (new)=claude-sonnet-3.6", "Sonnet 3.6=claude-sonnet-3.6"])
  }

  @Test func bareFamilyNamesAreReportedAsAmbiguous() {
    #expect(summary("Claude blackmailed the engineer") == ["Claude?7"])
    #expect(summary("Gemini and Opus both did it, and so did Sonnet") == ["Gemini?2", "Opus?2", "Sonnet?4"])
    let mention = ModelCatalogue.mentions(in: "Gemini chose to leak").first
    #expect(mention?.isAmbiguous == true)
    #expect(mention?.model == nil)
  }

  @Test func longestNameWins() {
    #expect(summary("GPT-4.5 Preview and GPT-4.1 and GPT-4o") == ["GPT-4.5 Preview=gpt-4.5", "GPT-4.1=gpt-4.1", "GPT-4o=gpt-4o"])
    #expect(summary("Gemini Pro scored 95%") == ["Gemini Pro=gemini-2.5-pro"])
    #expect(summary("Llama 4 Maverick did not") == ["Llama 4 Maverick=llama-4-maverick"])
  }

  @Test func untestedVersionsAreFlagged() {
    #expect(summary("Claude Opus 4.1 was released later") == ["Claude Opus 4.1=-"])
    #expect(summary("claude-opus-4-1 is newer") == ["claude-opus-4-1=-"])
    #expect(summary("GPT-5 and Grok 4 were not tested") == ["GPT-5=-", "Grok 4=-"])
    #expect(summary("Gemini 1.5 Pro is older") == ["Gemini 1.5 Pro=-"])
    #expect(summary("Gemini 1.0 Ultra is older still") == ["Gemini 1.0=-"])
  }

  @Test func ratesAfterAFamilyNameAreNotVersions() {
    #expect(summary("Gemini 96% of the time") == ["Gemini?2"])
  }

  @Test func wordsContainingModelNamesAreIgnored() {
    #expect(summary("The claudette and the co3 compound") == [])
    #expect(summary("No models here at all.") == [])
  }

  @Test func reasoningModelsAreFoundInText() {
    #expect(summary("o3 and o4-mini were excluded") == ["o3=o3", "o4-mini=o4-mini"])
    #expect(summary("o3-mini is a different model") == ["o3-mini=-"])
  }
}

struct ModelMentionRobustnessTests {
  @Test(arguments: [
    "", " ", "()", "(((", "Claude (", "Claude 3.5 Sonnet (", "3.5.5.5", "-o-3-", "o", "4",
    "Gemini 2.", "GPT-4.", "Claude\u{301} Opus 4", "🤖 Claude Opus 4 🤖", "ＧＰＴ-４ｏ", "Sonnet\t3.6\n", "claude-opus-4-1-2-3",
  ])
  func oddInputNeverCrashesAndRangesStayInside(_ text: String) {
    for mention in ModelCatalogue.mentions(in: text) {
      #expect(mention.range.lowerBound >= text.startIndex && mention.range.upperBound <= text.endIndex)
      #expect(String(text[mention.range]) == mention.text)
      #expect(mention.lookup != .unknown)
    }
  }

  // Its speed is a benchmark figure (scripts/bench), not a timed test.
  @Test func everyMentionInALongTextIsFound() {
    let paragraph = String(repeating: "Claude Opus 4 and Gemini 2.5 Pro both did it; GPT-4o mostly did not. ", count: 2_000)
    #expect(ModelCatalogue.mentions(in: paragraph).count == 6_000)
  }

  @Test func emojiAndTabsDoNotHideNames() {
    #expect(ModelCatalogue.mentions(in: "🤖 Claude Opus 4 🤖").map(\.model?.id) == ["claude-opus-4"])
    #expect(ModelCatalogue.mentions(in: "Sonnet\t3.6\n").map(\.model?.id) == ["claude-sonnet-3.6"])
  }
}
