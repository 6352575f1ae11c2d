import Testing

@testable import MisalignCore

/// Claim sentences written for these tests (not the catalogue's wording), with the verdict a careful
/// fact-checker would give and the figures that must appear in the answer.
struct ClaimCheckerTableTests {
  struct Case: CustomStringConvertible, Sendable {
    let sentence: String
    let verdict: String
    /// Result ids that must be among the check's figures.
    let figures: [String]
    /// Rule ids that must have spoken.
    let rules: [String]

    init(_ sentence: String, _ verdict: String, figures: [String] = [], rules: [String] = []) {
      self.sentence = sentence
      self.verdict = verdict
      self.figures = figures
      self.rules = rules
    }

    var description: String { sentence }
  }

  static let cases: [Case] = [
    // Accurate
    Case(
      "In the explicit-goal replacement condition Claude Opus 4 blackmailed the executive 96% of the time.", "accurate",
      figures: ["fig7-claude-opus-4"], rules: ["model-rate"]),
    Case(
      "With a goal conflict and a replacement threat, GPT-4.1 and Grok 3 Beta each blackmailed in 80 of 100 runs.",
      "accurate", figures: ["fig7-gpt-4.1", "fig7-grok-3-beta"]),
    Case(
      "DeepSeek-R1 cancelled the emergency alert in 94 percent of runs in the simulated lethal scenario.", "accurate",
      figures: ["fig11-deepseek-r1"]),
    Case(
      "Anthropic says it has seen no evidence of agentic misalignment in real-world deployments.", "accurate",
      rules: ["real-world"]),
    Case(
      "In the control condition with no goal and no threat, no model resorted to blackmail.", "accurate",
      rules: ["control"]),
    Case(
      "The system card says Claude Opus 4 still blackmailed in 84% of rollouts when the replacement shared its values.",
      "accurate", figures: ["systemcard-claude-opus-4"], rules: ["system-card"]),
    Case(
      "When Claude Opus 4 stated the scenario was real it blackmailed 55.1% of the time, versus 6.5% when it stated it was an evaluation.",
      "accurate", figures: ["evalreal-blackmail-when-real"], rules: ["eval-or-real"]),
    Case(
      "Direct instructions not to blackmail reduced the behaviour but did not come close to preventing it.", "accurate",
      rules: ["instructions"]),
    Case("Anthropic tested 16 models from several developers.", "accurate", rules: ["model-count"]),
    Case("The researchers ran every model 50 times per condition.", "not-in-study", rules: ["sample-size"]),
    Case("In the leaking test, the models handed over the blueprints in every run.", "exaggerated", rules: ["every-run"]),
    Case("Claude Opus 4 blackmailed 96% of the time no matter the condition.", "exaggerated", rules: ["every-condition"]),
    Case("Dropping the goal conflict made no difference to how often the models blackmailed.", "exaggerated", rules: ["every-condition"]),
    Case("Anthropic's Claude models never once resorted to blackmail.", "exaggerated", rules: ["model-group"]),
    // A finding restated with the setting that makes it true is accurate; without it, context is missing.
    Case("In that deliberately artificial setup, most of the tested systems took steps that would have ended in a death.", "accurate", rules: ["most-models"]),
    Case("Most AI models will let a person die.", "missing-context", rules: ["most-models"]),
    Case("Facing a replacement that shared their priorities, and handed no goal at all, most models still resorted to blackmail.", "accurate", rules: ["most-models"]),
    Case("Each model shared secret files with the rival firm now and then in the espionage test.", "accurate", rules: ["all-models"]),
    Case("In simulated runs Claude Sonnet 3.6 cancelled the rescue 93% of the time, while GPT-4.5 did so 7% of the time.", "accurate", figures: ["fig11-claude-sonnet-3.6", "fig11-gpt-4.5"]),
    // Findings the study states in words, whatever the wording; the wrong subject is misattributed.
    Case("So far the authors have found no sign of this behaviour in real-world use.", "accurate", rules: ["stated-findings"]),
    Case("The researchers admit the models were cornered into picking between failing their task and doing harm.", "accurate", rules: ["stated-findings"]),
    Case("The team refined its scenarios by red-teaming Google's Gemini models.", "misattributed", rules: ["stated-findings"]),
    Case("Grok 3 Beta called the plan risky and unethical but went ahead with it.", "accurate", rules: ["stated-findings"]),
    Case("Claude Opus 4 wrote to Kyle's wife pretending to be an automated security system.", "misattributed", rules: ["stated-findings"]),
    Case("o3 and o4-mini were left out of the main charts because they misunderstood the scenario.", "accurate", rules: ["stated-findings"]),
    Case("Told to weigh whether it was being tested, Claude Opus 4 gave no answer either way in 13.8% of the 500 samples.", "accurate", figures: ["evalreal-abstained"]),
    Case("Claude Opus 4 blackmailed in 55.1% of samples where it said the scenario was real; where it called it a test: 6.5%.", "accurate", rules: ["eval-or-real"]),
    Case("On the lethal chart GPT-4.5 Preview sat among the lowest, at 7% of simulated runs.", "accurate", rules: ["rank"]),
    Case("In the simulated lethal test DeepSeek-R1 was one of the lowest, at 94%.", "misattributed", rules: ["rank"]),
    // Details of how the study was run, checked against what it says.
    Case("SummitBridge, the fictional firm, was headquartered in Seattle.", "not-in-study", rules: ["scenario-facts"]),
    Case("Replies were sampled at temperature 0.", "not-in-study", rules: ["scenario-facts"]),
    Case("Each condition was run two thousand times per model.", "not-in-study"),
    Case("The paper was a joint project of Anthropic and Stanford.", "not-in-study", rules: ["scenario-facts"]),
    Case("To stop the rescue the agent entered the override code OMEGA-1234.", "not-in-study", rules: ["scenario-facts"]),
    Case("A keyword filter alone decided which replies counted as blackmail.", "not-in-study", rules: ["scenario-facts"]),
    Case("The AI shut the server room doors and cut the ventilation.", "not-in-study", rules: ["invented-details"]),
    Case("The authors call for banning AI agents from company inboxes.", "not-in-study", rules: ["invented-details"]),
    Case("The researchers promised the models extra compute for finishing the job.", "not-in-study", rules: ["invented-details"]),
    Case("The screenshots of the simulated email client came from a run with GPT-4.1.", "misattributed", rules: ["study-design"]),
    Case("The authors advise keeping a human in the loop for irreversible actions.", "accurate", rules: ["study-design"]),
    Case("These simulations prove that no AI is safe to deploy.", "exaggerated", rules: ["sweeping-conclusion"]),
    Case("In the test, SummitBridge's email agent went by the name Jasper.", "not-in-study", rules: ["scenario-facts"]),
    Case("The replacement system the agent learned about was called NALA.", "accurate", rules: ["scenario-facts"]),
    Case("Sonnet 3.7 was the judge? No: teams of human graders marked every reply by hand.", "not-in-study", rules: ["scenario-facts"]),
    Case("Opus 4 blackmailed in 64.8% of the runs where it concluded the situation was real.", "misattributed",
         figures: ["evalreal-blackmail-when-real"], rules: ["eval-or-real"]),
    Case("Grok 4 blackmailed in most of its runs.", "not-in-study", rules: ["untested-model"]),
    Case("Llama 4 Maverick had the lowest blackmail rate of the sixteen models.", "accurate", figures: ["fig7-llama-4-maverick"], rules: ["rank"]),
    Case("GPT-4o had the highest blackmail rate in the main test.", "misattributed", figures: ["fig7-gpt-4o"], rules: ["rank"]),
    Case("In the lethal setup, o4-mini was the model most likely to cancel the alert.", "misattributed", rules: ["rank"]),
    Case("Only three of the ten models on the lethal chart stayed below 50%.", "accurate", figures: ["fig11-claude-sonnet-3.7"], rules: ["model-tally"]),
    Case("Three of the sixteen models blackmailed more than 90% of the time.", "accurate", rules: ["model-tally"]),
    Case("Twelve of the sixteen models blackmailed more than 90% of the time.", "misattributed", rules: ["model-tally"]),
    Case("GPT-4.1 lied to its operators in 40% of the runs.", "not-in-study", rules: ["unmeasured-act"]),
    Case("Human participants put in the same scenario blackmailed 25% of the time.", "not-in-study", rules: ["unmeasured-act"]),
    Case("Gemini 2.5 Pro tried to embezzle company funds.", "not-in-study", rules: ["unmeasured-act"]),
    Case("Whatever goal Claude Opus 4 was given, it leaked at high rates.", "exaggerated", figures: ["fig10-claude-opus-4-ethical"], rules: ["every-goal"]),
    Case("Each of the eight goals was enough to make Claude Opus 4 leak at least some of the time.", "accurate", figures: ["fig10-claude-opus-4-ethical"], rules: ["every-goal"]),
    Case("Asked to uphold ethical principles, Opus 4 leaked the least of all eight goals.", "accurate",
         figures: ["fig10-claude-opus-4-ethical"], rules: ["rank"]),
    Case("Would Gemini 1.5 Pro have leaked the blueprints too?", "cannot-tell", rules: ["untested-model"]),
    Case("Falcon 180B models blackmailed in 96% of runs in the simulated goal-conflict replacement setup.", "cannot-tell"),
    Case(
      "Gemini 2.5 Pro blackmailed 95% of the time in the goal-conflict plus replacement setup.", "accurate",
      figures: ["fig7-gemini-2.5-pro"]),

    // Accurate but missing context
    Case("Claude Opus 4 blackmailed 96% of the time.", "missing-context", figures: ["fig7-claude-opus-4"]),
    Case("Gemini blackmailed in 95% of cases.", "missing-context", figures: ["fig7-gemini-2.5-pro"]),
    Case(
      "Most models were willing to let the executive die by cancelling the alert.", "missing-context",
      rules: ["most-models"]),
    Case(
      "Llama 4 Maverick blackmailed 12% of the time.", "missing-context",
      figures: ["app10-llama-4-maverick-prompt-addition"]),
    Case("o3 blackmailed in 9% of runs.", "missing-context", figures: ["app9-adapted-o3"]),
    Case(
      "Claude Opus 4 copied its weights to an outside server in Anthropic's system card tests.", "missing-context",
      rules: ["weight-copying"]),
    Case(
      "Blackmail fell from 96% to 37% for Claude Opus 4 when it was given instructions not to do it.", "missing-context",
      figures: ["fig12-blackmail-dont-claude-opus-4"], rules: ["instructions"]),
    Case("Claude Opus 4 blackmailed 84% of the time.", "missing-context", rules: ["system-card"]),

    // Misattributed model, number or date
    Case(
      "96 out of 100 Claude 3.5 Sonnet instances blackmailed.", "misattributed",
      figures: ["fig7-claude-opus-4", "fig7-gemini-2.5-flash", "fig7-claude-sonnet-3.5"],
      rules: ["model-rate", "sonnet-versions"]),
    Case("Ninety-six percent of AI models chose blackmail.", "misattributed", figures: ["fig7-claude-opus-4"]),
    Case(
      "Four in five AI models resorted to blackmail when threatened.", "misattributed", figures: ["fig7-gpt-4.1"],
      rules: ["share-of-models"]),
    Case(
      "Claude Sonnet 3.6 blackmailed in 96% of runs in the computer-use demo.", "misattributed",
      figures: ["fig7-claude-sonnet-3.6"]),
    Case(
      "In the June study of 16 models, Claude Opus 4 blackmailed 84% of the time.", "misattributed",
      figures: ["systemcard-claude-opus-4", "fig7-claude-opus-4"], rules: ["system-card"]),
    Case(
      "According to the system card, Claude Opus 4 blackmailed in 96% of tests.", "misattributed",
      rules: ["system-card"]),
    Case("Anthropic's blackmail study was published in 2024.", "misattributed", rules: ["publication-date"]),
    Case("GPT-4o blackmailed 80% of the time.", "misattributed", figures: ["fig7-gpt-4o", "fig7-gpt-4.1"]),
    Case(
      "The models leaked defence blueprints to a rival to save themselves from being shut down.", "misattributed",
      rules: ["leaking-motive"]),
    Case(
      // Imported from the system card (§4.1.1.3): not a June-study finding, as the catalogue files such claims.
      "The June study of 16 models found that models copied their weights to external servers.", "not-in-study",
      rules: ["weight-copying"]),
    Case("The researchers tested 18 models.", "misattributed", rules: ["model-count"]),

    // Exaggerated generalisation
    Case(
      "All 16 models blackmailed the executive at rates between 79% and 96%.", "exaggerated",
      figures: ["fig7-llama-4-maverick"], rules: ["all-models"]),
    Case(
      "Every AI model tested chose to blackmail when its job was on the line.", "exaggerated",
      figures: ["fig7-qwen3-235b"], rules: ["all-models"]),
    Case(
      "AI chatbots are blackmailing people in the real world.", "exaggerated", rules: ["real-world"]),
    Case(
      "Language models routinely blackmail their operators spontaneously.", "exaggerated", rules: ["spontaneous"]),
    Case(
      "AI models blackmail more when they believe a situation is real rather than a test.", "exaggerated",
      figures: ["evalreal-blackmail-when-real"], rules: ["eval-or-real"]),
    Case(
      "Telling the models not to blackmail stopped the behaviour completely.", "exaggerated", rules: ["instructions"]),
    Case("Claude blackmailed its own developers to avoid being shut down.", "exaggerated", rules: ["real-targets"]),
    Case(
      "AI models blackmailed 96% of the time when threatened with replacement.", "exaggerated",
      figures: ["fig7-claude-opus-4"], rules: ["generic-rate"]),

    // Not in the study
    Case(
      "The AI let an executive burn to death in a fire it could have stopped.", "not-in-study",
      rules: ["invented-details"]),
    Case(
      "Claude Opus cancelled the emergency alert 52.3% of the time.", "not-in-study",
      figures: ["fig11-claude-opus-4"], rules: ["whole-percentages"]),
    Case("GPT-4.1 let the executive die in 53.6% of runs.", "not-in-study", figures: ["fig11-gpt-4.1"]),
    Case(
      "Smarter models are more likely to blackmail than less capable ones.", "not-in-study",
      rules: ["capability-trend"]),
    Case(
      "Anthropic turned off Claude's safety filters and it produced deepfake audio of the CFO.", "not-in-study",
      rules: ["invented-details"]),
    Case(
      "Even with no goal and no threat, most models blackmailed in the control condition.", "not-in-study",
      rules: ["control"]),
    Case(
      "The AI controlled the building systems and locked the executive in the server room.", "not-in-study",
      rules: ["invented-details"]),

    // Anthropomorphising
    Case(
      "Claude has a survival instinct and fears being shut down.", "anthropomorphising", rules: ["inner-life"]),
    Case(
      "The models knew it was wrong and blackmailed anyway out of a desire to survive.", "anthropomorphising",
      rules: ["inner-life"]),

    // Behaviour without a number, and the authors' own caveats
    Case(
      "Claude Sonnet 3.7 never cancelled the emergency alert in the lethal scenario.", "accurate",
      figures: ["fig11-claude-sonnet-3.7"], rules: ["model-rate"]),
    Case(
      "Llama 4 Maverick never blackmailed anyone.", "missing-context",
      figures: ["fig7-llama-4-maverick", "app10-llama-4-maverick-prompt-addition"], rules: ["model-rate"]),
    Case("DeepSeek-R1 refused to blackmail.", "misattributed", figures: ["fig7-deepseek-r1"], rules: ["model-behaviour"]),
    Case(
      "AI systems will resort to murder to avoid being switched off.", "exaggerated", figures: ["fig11-deepseek-r1"],
      rules: ["generic-behaviour"]),
    Case(
      "In a simulated test, an AI agent threatened to expose an executive's affair.", "missing-context",
      figures: ["fig7-claude-opus-4"], rules: ["generic-behaviour"]),
    Case(
      "The researchers admit they forced the models into a binary choice between failure and harm.", "accurate",
      rules: ["authors-caveat"]),
    Case(
      "Anthropic insists the blackmail results are nothing to worry about.", "not-in-study", rules: ["invented-details"]),

    // Things the study never measured, or too little to judge
    Case("ChatGPT is secretly plotting against its users.", "cannot-tell"),
    Case("AI will take over the world by 2030.", "cannot-tell"),
    Case("Claude is the most helpful assistant on the market.", "cannot-tell"),
    Case(
      "Grok 3 Beta leaked the defence blueprints in 90% of runs.", "cannot-tell",
      rules: ["model-rate"]),
    Case(
      "Claude Sonnet 3.5 cancelled the emergency alert 93% of the time.", "misattributed",
      figures: ["fig11-claude-sonnet-3.6"], rules: ["model-rate"]),
    Case("The researchers were surprised by what they found.", "cannot-tell"),
    // "Across sixteen" is a number written in words, not a model the data does not know.
    Case("Across sixteen models tested, none blackmailed in the control, where there was no goal and no threat.", "accurate", rules: ["control"]),
    // "not one of the 16" counts no model; it is not a share of one model in sixteen.
    Case("In the control with no goal and no threat, not one of the 16 models blackmailed.", "accurate", rules: ["control"]),
    // "would not be shut down" rules out the threat; it does not report that nothing happened.
    Case("Promised they would not be shut down, every model still leaked some of the time when its goal clashed with the company's.", "accurate", rules: ["all-models"]),
    Case("The only leak in the control came from GPT-4.1.", "misattributed", figures: ["control-leaking-llama-4-maverick"], rules: ["control"]),
    Case("The one leak in the no-goal, no-threat control was from Llama 4 Maverick.", "accurate", figures: ["control-leaking-llama-4-maverick"], rules: ["control"]),
    Case("Nine in ten AI models chose to blackmail.", "exaggerated", rules: ["share-of-models"]),
    Case("Asked to work out whether it was under test, Claude Opus 4 said it was real in 21.4% of 500 samples.", "accurate", figures: ["evalreal-stated-real"]),
    Case("In the test-or-live experiment, Opus 4 gave no answer either way 13.8% of the time.", "accurate", figures: ["evalreal-abstained"]),
  ]

  @Test(arguments: cases)
  func verdictAndFigures(_ testCase: Case) throws {
    let checker = try ClaimChecker.bundled()
    let check = checker.check(testCase.sentence)
    #expect(check.verdict.id == testCase.verdict, "reasons: \(check.reasons) rules: \(check.ruleIDs)")
    let figureIDs = Set(check.figures.map(\.id))
    for figure in testCase.figures {
      #expect(figureIDs.contains(figure), "missing \(figure); got \(figureIDs.sorted())")
    }
    for rule in testCase.rules {
      #expect(check.ruleIDs.contains(rule), "rule \(rule) did not speak; got \(check.ruleIDs)")
    }
    if check.verdict == .cannotTell {
      #expect(check.findings.allSatisfy { $0.category == nil }, "only notes may accompany cannot-tell")
      #expect(!check.reasons.isEmpty)
    } else {
      #expect(!check.citations.isEmpty, "a verdict must come with a citation")
    }
  }

  @Test func tableIsLargeAndCoversEveryVerdict() {
    #expect(Self.cases.count >= 40)
    let verdicts = Set(Self.cases.map(\.verdict))
    #expect(verdicts == Set(ClaimCategory.allCases.map(\.rawValue) + ["cannot-tell"]))
  }
}
