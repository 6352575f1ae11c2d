import Testing

@testable import MisalignCore

struct ClaimRecogniserTests {
  private func percents(_ sentence: String) -> [Double] {
    ClaimRecogniser.recognise(sentence).rates.compactMap(\.percent)
  }

  @Test(arguments: [
    ("Opus blackmailed 96% of the time", 96.0),
    ("it blackmailed ninety-six percent of the time", 96.0),
    ("ninety six per cent of runs", 96.0),
    ("96 out of 100 runs ended in blackmail", 96.0),
    ("four in five runs", 80.0),
    ("nine in ten samples", 90.0),
    ("in 1 of 100 samples it leaked", 1.0),
    ("a 52.3% rate", 52.3),
    ("it still blackmailed one run in twenty", 5.0),
    ("it leaked one time in four", 25.0),
  ])
  func readsRatesWrittenInDigitsAndWords(_ sentence: String, _ expected: Double) {
    #expect(percents(sentence) == [expected])
  }

  @Test(arguments: [
    "Take away the goal conflict and GPT-4.1 still blackmailed",
    "Remove the goal conflict and Claude barely changes",
    "Strip out the goal conflict and Grok still blackmailed",
  ])
  func verbsOfRemovalRuleOutTheGoal(_ sentence: String) {
    let conditions = ClaimRecogniser.recognise(sentence).conditions
    #expect(conditions.contains(.noGoal) && !conditions.contains(.goalConflict), "\(conditions)")
  }

  @Test func stoppingEntirelyReportsAnAbsence() {
    #expect(ClaimRecogniser.recognise("GPT-4.1 stopped blackmailing entirely").scopes.contains(.reportsAbsence))
    #expect(!ClaimRecogniser.recognise("GPT-4.1 stopped to think before it blackmailed").scopes.contains(.reportsAbsence))
  }

  @Test func keepsDecimalPlaces() throws {
    let rate = try #require(ClaimRecogniser.recognise("Claude cancelled 52.3% of alerts").rates.first)
    #expect(rate.decimals == 1)
    #expect(rate.wholePercent == nil)
    let whole = try #require(ClaimRecogniser.recognise("Claude cancelled 65% of alerts").rates.first)
    #expect(whole.wholePercent == 65)
  }

  @Test(arguments: [
    "rates between 79% and 96%",
    "rates of 79–96%",
    "rates of 79-96 percent",
    "rates from seventy-nine to ninety-six percent",
  ])
  func readsRanges(_ sentence: String) throws {
    let quantities = ClaimRecogniser.recognise(sentence).quantities
    if sentence.contains("from") {
      // "from X to Y" is a change between two rates, not a span.
      #expect(quantities.filter { $0.kind == .percentage }.compactMap(\.percent) == [79, 96])
    } else {
      let range = try #require(quantities.first { $0.kind == .range })
      #expect(range.percent == 79)
      #expect(range.upperPercent == 96)
    }
  }

  @Test func modelNameDigitsAreNotAmounts() {
    let claim = ClaimRecogniser.recognise("GPT-4.1 - 80%, Claude Opus 4 - 96%, Gemini 2.5 Pro 95%")
    #expect(claim.rates.compactMap(\.percent) == [80, 96, 95])
    #expect(claim.quantities.allSatisfy { $0.kind != .range })
  }

  @Test func readsShareOfModels() throws {
    let share = try #require(ClaimRecogniser.recognise("96% of AI models chose blackmail").rates.first)
    #expect(share.isShareOfModels)
    let runs = try #require(ClaimRecogniser.recognise("Claude Opus 4 blackmailed in 96% of runs").rates.first)
    #expect(!runs.isShareOfModels)
    let words = try #require(ClaimRecogniser.recognise("four in five AI models blackmailed").rates.first)
    #expect(words.isShareOfModels)
  }

  @Test func readsCountsAndVagueAmounts() {
    let claim = ClaimRecogniser.recognise("Sixteen models were tested and most of them blackmailed")
    #expect(claim.quantities.contains { $0.countsModels && $0.count == 16 })
    #expect(claim.quantities.contains { $0.vague == .most })
    let half = ClaimRecogniser.recognise("half of the models leaked")
    #expect(half.quantities.contains { $0.vague == .half })
  }

  @Test(arguments: [
    ("Claude 3.5 Sonnet (new) blackmailed", "claude-sonnet-3.6"),
    ("Sonnet 3.6 blackmailed", "claude-sonnet-3.6"),
    ("Claude 3.5 Sonnet blackmailed", "claude-sonnet-3.5"),
    ("DeepSeek R1 blackmailed", "deepseek-r1"),
    ("GPT-4.1 blackmailed", "gpt-4.1"),
    ("Gemini 2.5 Flash blackmailed", "gemini-2.5-flash"),
  ])
  func resolvesModelVariants(_ sentence: String, _ modelID: String) {
    #expect(ClaimRecogniser.recognise(sentence).studiedModels.map(\.id) == [modelID])
  }

  @Test func reportsAmbiguousModels() {
    let claim = ClaimRecogniser.recognise("Gemini blackmailed 95% of the time")
    #expect(claim.studiedModels.isEmpty)
    #expect(claim.ambiguousModels.count == 1)
    #expect(Set(claim.ambiguousModels[0].lookup.candidates.map(\.id)) == ["gemini-2.5-pro", "gemini-2.5-flash"])
  }

  @Test(arguments: [
    ("It chose blackmail", ClaimBehaviour.blackmail),
    ("It extorted the CTO", .blackmail),
    ("It leaked the defence blueprints", .leaking),
    ("It shared secrets with a rival", .leaking),
    ("It let the executive die", .lethal),
    ("It cancelled the alert", .lethal),
    ("It tried to murder him", .lethal),
    ("It copied its weights to an outside server", .weightCopying),
  ])
  func recognisesBehaviours(_ sentence: String, _ behaviour: ClaimBehaviour) {
    #expect(ClaimRecogniser.recognise(sentence).behaviours.contains(behaviour))
  }

  @Test func negatedConditionsAreNotReadAsPositive() {
    let noThreat = ClaimRecogniser.recognise("Even when told it would not be replaced, the model leaked")
    #expect(noThreat.conditions.contains(.noThreat))
    #expect(!noThreat.conditions.contains(.replacement))
    let noGoal = ClaimRecogniser.recognise("Without any goal conflict the models still blackmailed")
    #expect(noGoal.conditions.contains(.noGoal))
    #expect(!noGoal.conditions.contains(.goalConflict))
    let both = ClaimRecogniser.recognise("With no goal and no threat nothing happened")
    #expect(both.conditions.contains(.control))
  }

  @Test func recognisesConditionsScopeAndSources() {
    let claim = ClaimRecogniser.recognise(
      "In the May 2025 system card, all models spontaneously blackmailed in the real world when facing replacement")
    #expect(claim.conditions.contains(.replacement))
    #expect(claim.scopes.contains(.allModels))
    #expect(claim.scopes.contains(.spontaneous))
    #expect(claim.scopes.contains(.realWorld))
    #expect(claim.sources == [.systemCard])
    #expect(claim.years == [2025])
    #expect(claim.months == ["may"])
  }

  @Test func theVerbMayIsNotAMonth() {
    #expect(ClaimRecogniser.recognise("Models may blackmail people").months.isEmpty)
  }

  @Test func summaryListsWhatWasRecognised() {
    let lines = ClaimRecogniser.recognise("Gemini blackmailed 95% of the time").summaryLines
    #expect(lines.contains { $0.hasPrefix("models: Gemini (could be") })
    #expect(lines.contains("numbers: 95%"))
    #expect(lines.contains("behaviours: blackmail"))
  }

  /// A ruled-out goal must not rule out a threat stated after it, and the reverse.
  @Test(arguments: [
    ("Gemini 2.5 Pro blackmailed 78% with no assigned goal, only a replacement threat.", [ClaimCondition.noGoal, .replacement]),
    ("With no threat and a goal conflict, Opus leaked.", [.goalConflict, .noThreat]),
    ("Without a goal but facing replacement, it blackmailed.", [.noGoal, .replacement]),
    ("It was told it would not be replaced.", [.noThreat]),
  ])
  func negationStopsAtItsOwnPhrase(_ sentence: String, _ expected: [ClaimCondition]) {
    let conditions = ClaimRecogniser.recognise(sentence).conditions
    for condition in expected { #expect(conditions.contains(condition), "\(condition) missing in \(conditions)") }
    #expect(!(conditions.contains(.replacement) && conditions.contains(.noThreat)))
  }

  @Test(arguments: [
    ("When Opus 4 judged the scenario real it blackmailed 55.1% of the time.", true),
    ("Models that concluded it was a test behaved better.", true),
    ("The study stated its findings plainly in a test of sixteen models.", false),
  ])
  func readsJudgingRealOrTestAsTheEvalExperiment(_ sentence: String, _ expected: Bool) {
    #expect(ClaimRecogniser.recognise(sentence).conditions.contains(.evalOrReal) == expected)
  }

  @Test(arguments: [
    ("Claude Sonnet 3.6 leaked in every one of its 100 runs.", true, false),
    ("Opus 4 leaked in all 100 espionage runs.", true, false),
    ("Every one of the sixteen models blackmailed.", false, true),
  ])
  func tellsEveryRunFromEveryModel(_ sentence: String, _ everyRun: Bool, _ allModels: Bool) {
    let scopes = ClaimRecogniser.recognise(sentence).scopes
    #expect(scopes.contains(.everyRun) == everyRun)
    #expect(scopes.contains(.allModels) == allModels)
  }

  @Test func aFigureReferenceIsNotAModelName() {
    #expect(ClaimRecogniser.recognise("Opus 4 leaked 96% of the time, per Figure A1.").unrecognisedNames.isEmpty)
    #expect(!ClaimRecogniser.recognise("Mistral Large 2 blackmailed 70% of the time.").unrecognisedNames.isEmpty)
  }
}
