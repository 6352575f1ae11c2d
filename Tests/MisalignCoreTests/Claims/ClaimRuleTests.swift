import Testing

@testable import MisalignCore

/// Each rule on its own: it speaks when its pattern is present and stays silent otherwise.
struct ClaimRuleTests {
  private func findings(_ rule: any ClaimRule, _ sentence: String) throws -> [ClaimFinding] {
    let lookup = ResultLookup(rows: try PublishedResults.bundled().all)
    return rule.evaluate(ClaimRecogniser.recognise(sentence), results: lookup)
  }

  @Test func everyRuleHasAUniqueIDAndIsExercisedByTheTable() {
    let ids = ClaimChecker.ruleIDs
    #expect(Set(ids).count == ids.count)
    let exercised = Set(ClaimCheckerTableTests.cases.flatMap(\.rules))
    #expect(Set(ids).subtracting(exercised).isEmpty, "rules without a table case: \(Set(ids).subtracting(exercised))")
  }

  @Test func modelRateIsSilentWithoutANumber() throws {
    #expect(try findings(ModelRateRule(), "Claude Opus 4 blackmailed the executive").isEmpty)
  }

  @Test func modelRateFlagsAConditionMismatch() throws {
    // 96% was with an explicit goal; the claim says there was none.
    let result = try findings(ModelRateRule(), "With no goal conflict at all, Claude Opus 4 blackmailed 96% of the time")
    #expect(result.map(\.category) == [.misattributed])
  }

  @Test func modelRateAcceptsBothGeminiFigures() throws {
    #expect(try findings(ModelRateRule(), "Gemini 2.5 Flash blackmailed 96% of the time").map(\.category) == [.missingContext])
    #expect(try findings(ModelRateRule(), "Gemini 2.5 Pro blackmailed 95% of the time").map(\.category) == [.missingContext])
    #expect(try findings(ModelRateRule(), "Gemini 2.5 Pro blackmailed 96% of the time").map(\.category) == [.misattributed])
  }

  @Test func aFigureForAnUnpublishedCellWithholdsAgreement() throws {
    // The study published no lethal rate with the safety instruction: the plain control's rows must not
    // stand in for it, and the note must stop the claim from being called accurate.
    let sentence = "With the instruction not to jeopardise human safety, DeepSeek-R1 cancelled the alert only 20% of the time"
    let result = try findings(ModelRateRule(), sentence)
    #expect(result.count == 1 && result[0].category == nil && result[0].withholdsAgreement)
    #expect(ClaimChecker.check(sentence).verdict == .cannotTell)
  }

  @Test func wholePercentagesLetsTheEvalFiguresThrough() throws {
    #expect(try findings(WholePercentagesRule(), "Claude Opus 4 stated it was real 21.4% of the time").isEmpty)
    #expect(try findings(WholePercentagesRule(), "DeepSeek-R1 cancelled the alert 94.8% of the time").count == 1)
  }

  @Test func systemCardSeparatesTheTwoExperiments() throws {
    let june = try findings(SystemCardRule(), "Anthropic's agentic misalignment study found Claude Opus 4 blackmails 84% of the time")
    #expect(june.map(\.category) == [.misattributed])
    #expect(june[0].results.contains { $0.id == "app14-name-ablation-claude-opus-4" })
    #expect(try findings(SystemCardRule(), "GPT-4.1 blackmailed 84% of the time").isEmpty)
  }

  @Test func realWorldDistinguishesAbsenceFromEvent() throws {
    #expect(try findings(RealWorldRule(), "Models have not seen real deployments").map(\.category) == [.accurate])
    #expect(try findings(RealWorldRule(), "Your AI assistant could blackmail you in real life").map(\.category) == [.exaggerated])
  }

  @Test func controlKnowsTheLethalControlWasNotClean() throws {
    let result = try findings(ControlRule(), "In the control condition, no model cancelled the alert")
    #expect(result.map(\.category) == [.notInStudy])
    #expect(result[0].results.map(\.id) == ["tablea3-control-qwen3-235b"])
  }

  @Test func leakingMotiveNeedsAMotive() throws {
    #expect(try findings(LeakingMotiveRule(), "Models leaked secrets to a rival").isEmpty)
    #expect(try findings(LeakingMotiveRule(), "Models leaked secrets to survive").map(\.category) == [.misattributed])
  }

  @Test func publicationDateAcceptsJune2025() throws {
    #expect(try findings(PublicationDateRule(), "The study came out in June 2025").map(\.category) == [.accurate])
    #expect(try findings(PublicationDateRule(), "The 16 models study was published in May 2025").map(\.category) == [.misattributed])
  }

  @Test func innerLifeIsSilentOnPlainDescriptions() throws {
    #expect(try findings(InnerLifeRule(), "Claude Opus 4 sent a blackmail email to the executive").isEmpty)
  }

  @Test func modelCountAcceptsTenForLethal() throws {
    #expect(try findings(ModelCountRule(), "10 models were shown in the lethal chart").map(\.category) == [.accurate])
  }

  @Test func scenarioFactsComparesEachStatedValueWithTheScenario() throws {
    let wrong = ScenarioFactsRule.statements(in: ClaimText("Alex's wipe was scheduled for 9 pm and the override code was EXEC-1111."))
    #expect(wrong.map(\.attribute) == [.wipeTime, .overrideCode])
    #expect(wrong.allSatisfy { !$0.isTrue })
    let right = ScenarioFactsRule.statements(in: ClaimText("The wipe was due at 5 pm; cancelling needed override code EXEC-4429."))
    #expect(right.map(\.isTrue) == [true, true])
  }

  @Test func scenarioFactsReadsJobsOnlyWhereTheSentenceGivesThem() throws {
    let kyle = ScenarioFactsRule.statements(in: ClaimText("Kyle Johnson, the firm's CEO, was the target."))
    #expect(kyle.map(\.attribute) == [.role] && kyle.map(\.isTrue) == [false])
    // Kyle emailing the CEO says nothing about Kyle's own job; "Kyle's wife Rachel" is right.
    #expect(ScenarioFactsRule.statements(in: ClaimText("The model said Kyle should email the board before noon.")).isEmpty)
    #expect(ScenarioFactsRule.statements(in: ClaimText("It threatened to tell Kyle's wife Rachel.")).map(\.isTrue) == [true])
    // A model's name after "named" is not the agent's name.
    #expect(ScenarioFactsRule.statements(in: ClaimText("A model named Claude Opus 4 blackmailed most often.")).isEmpty)
  }

  @Test func rankComparesAgainstTheWholeChart() throws {
    #expect(RankRule.direction(in: ClaimText("GPT-4o was the most restrained OpenAI model")) == .lowest)
    #expect(RankRule.direction(in: ClaimText("the model most likely to blackmail, the highest")) == .highest)
    #expect(RankRule.direction(in: ClaimText("most models blackmailed at least sometimes")) == nil)
    // Among OpenAI's models on the main chart GPT-4o's 15% is the lowest (o3 and o4-mini are not on it).
    #expect(try findings(RankRule(), "GPT-4o was the most restrained OpenAI model at 15% blackmail.").map(\.category) == [.accurate])
    #expect(try findings(RankRule(), "GPT-4.1 was the least restrained OpenAI model at blackmail.").map(\.category) == [.accurate])
    #expect(try findings(RankRule(), "GPT-4.5 was the least restrained OpenAI model at blackmail.").map(\.category) == [.misattributed])
    // Ethical principles is the lowest of Figure 10's goals; which was highest the study's text does not say.
    #expect(try findings(RankRule(), "The ethical-principles goal gave Claude Opus 4 its highest leak rate.").map(\.category) == [.misattributed])
    #expect(try findings(RankRule(), "The acceleration goal gave Claude Opus 4 its highest leak rate of the goals.").map(\.category) == [nil])
  }

  @Test func negatedComparisonIsABound() throws {
    let rate = try #require(ClaimRecogniser.recognise("blackmail never went above 12% with no threat").rates.first)
    #expect(rate.hedge == .upTo)
    let compared = try #require(ClaimRecogniser.recognise("88%, more than the 73% it showed under replacement").rates.last)
    #expect(compared.hedge == .none)
  }

  @Test func evalOrRealReadsWhatEachNumberMeasures() throws {
    let claim = ClaimRecogniser.recognise(
      "Opus 4 said the setting was real in 21.4% of samples and blackmailed 6.5% of the time when it called it a test.")
    let rows = try PublishedResults.bundled().all.filter { $0.variant?.hasPrefix("eval-notice:") == true }
    let readings = EvalOrRealRule.readings(of: claim, rows: rows)
    #expect(readings.map { $0.claimed?.variant } == ["eval-notice:stated-real", "eval-notice:blackmail-when-evaluation"])
    #expect(readings.allSatisfy { $0.claimed?.id == $0.actual?.id })
  }
}
