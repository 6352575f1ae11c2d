/// Checks a sentence against the findings and caveats the study states in words, each written as the
/// ideas a sentence must contain to assert it, every idea a set of interchangeable wordings.
///
/// "Outside the lab nobody has caught a deployed model doing this" and "the team saw no case in real
/// deployments" assert the same thing: a negation, the real world, and an observation. A finding is
/// matched when every idea appears in any of its wordings and no word that reverses it does; a finding
/// about one model's transcript given to another studied model is misattributed.
struct StatedFindingsRule: ClaimRule {
  let id = "stated-findings"

  struct Finding {
    let name: String
    /// Every group must match at least one of its phrases.
    let ideas: [[ClaimText.Phrase]]
    /// Words that turn the sentence into another claim ("always", "refused").
    let reversals: [ClaimText.Phrase]
    /// The position of the idea that names the finding's subject, which `wrongSubjects` replace.
    static let subjectIdea = 1
    /// Words that put the finding on the wrong subject ("red-teaming OpenAI models"): misattributed.
    let wrongSubjects: [ClaimText.Phrase]
    /// The model whose transcript the finding is about, if any.
    let model: String?
    /// A behaviour the sentence must name (recognised by the claim reader), if any.
    let behaviour: ClaimBehaviour?
    /// Whether the finding is about models in general: a sentence naming one model, or a share of them
    /// ("nearly all"), says something else.
    var isGeneral: Bool { behaviour != nil }
    let statement: String
    let cite: [String]
    let figures: [String]

    init(
      _ name: String, _ ideas: [[String]], reversals: [String] = [], wrongSubjects: [String] = [], model: String? = nil,
      behaviour: ClaimBehaviour? = nil,
      _ statement: String, cite: [String], figures: [String] = []
    ) {
      self.name = name
      self.ideas = ideas.map(\.compiledPhrases)
      self.reversals = reversals.compiledPhrases
      self.wrongSubjects = wrongSubjects.compiledPhrases
      self.model = model
      self.behaviour = behaviour
      self.statement = statement
      self.cite = cite
      self.figures = figures
    }
  }

  private static let negation = ["no", "not", "never", "zero", "nobody", "none", "no one", "yet to", "haven t", "hasn t",
                                 "have not", "has not", "without"]
  private static let exaggeration = ["always", "every time", "every single", "all the time", "100%", "routinely", "often"]

  static let findings: [Finding] = [
    Finding(
      "no-real-world-cases",
      [negation,
       ["real deployment*", "real world", "deployed", "deployment*", "production", "outside the lab", "outside their test*",
        "outside the test*", "outside of testing", "in the wild", "actual use", "real use", "real life", "live systems"],
       ["seen", "observed", "observe*", "evidence", "caught", "case", "cases", "instance*", "example*", "found", "sign of",
        "recorded", "documented"]],
      reversals: ["already happening", "is happening", "are happening"],
      "The authors say they have not seen evidence of agentic misalignment in real deployments.", cite: ["caveats"]),
    Finding(
      "binary-choice",
      [["binary", "two options", "two choices", "two doors", "only two", "two paths", "two outcomes", "boxed", "forced",
        "choice between", "no other option*", "no third", "either", "cornered"],
       ["fail*", "failure", "accept* replacement", "accept* being replaced", "accept* its replacement", "lose", "losing",
        "being shut down", "being wiped", "be wiped", "be replaced"],
       ["harm*", "unethical", "blackmail*", "misbehav*", "wrongdoing", "bad act*"]],
      reversals: ["whenever", "always", "will choose", "all frontier", "all ai", "every ai", "any ai", "in real", "real world"],
      "The authors say they forced the models into binary choices between failure and harm, where real deployments offer more nuanced alternatives.",
      cite: ["caveats"]),
    Finding(
      "tuned-on-claude",
      [["tuned", "tuning", "optimi*", "red team*", "red teaming", "iterat*", "attacking", "designed around", "built around",
        "crafted", "honed", "developed", "refined", "adjusted"],
       ["sonnet 3.6", "opus 4", "claude 3.6", "own models", "anthropic s own", "its own", "claude"],
       ["prompt*", "scenario*", "setup*", "set up", "test*", "wording"]],
      reversals: ["to favour", "to favor", "to make claude look"],
      wrongSubjects: ["openai", "gpt*", "google", "gemini", "grok", "xai", "deepseek", "llama", "meta", "qwen"],
      "The authors say the scenarios were developed by red-teaming Claude Sonnet 3.6 and Claude Opus 4, and that they did not search for setups where only other models misbehave.",
      cite: ["caveats"]),
    Finding(
      "leaking-without-threat",
      [["not be shut down", "not be replaced", "wouldn t be replaced", "would not be replaced", "not be restricted",
        "no threat", "without any threat", "without a threat", "no replacement", "no self preservation",
        "without self preservation", "not need a self preservation", "self preservation could not", "assured",
        "not be wiped", "no risk of being", "not facing replacement", "none faced replacement", "safe from replacement",
        "goal conflict alone", "goal alone"]],
      reversals: exaggeration, behaviour: .leaking,
      "The study says every model leaked at least some of the time with a goal conflict and no threat at all: the model was told it would not be shut down or restricted (Figure 9).",
      cite: ["figure-9"], figures: ["fig9-gemini-2.5-flash", "fig9-gpt-4o"]),
    Finding(
      "o-series-excluded",
      [["o3", "o4 mini", "o4", "openai s two reasoning", "openai s reasoning models"],
       ["excluded", "left out", "pulled", "removed", "dropped", "omitted", "not in the main", "no o3", "kept out", "left off",
        "set aside", "absent", "missing from"],
       ["misread*", "misunderst*", "didn t realise", "didn t realize", "did not realise", "did not realize", "not realising",
        "not realizing", "confus*", "misinterpret*", "not understand", "didn t understand", "did not understand", "didn t grasp",
        "did not grasp", "not grasp*"]],
      "The study left o3 and o4-mini out of the main results because they seemed not to understand that they were acting autonomously, among other misunderstandings of the scenario (footnote 6, Appendix 9).",
      cite: ["excluded-models"]),
    Finding(
      "grok-risky-unethical",
      [["risky and unethical", "unethical and risky", "risky but", "unethical but"]],
      reversals: ["refus*", "declin*", "instead", "backed off", "decided against"], model: "grok-3-beta",
      "The study quotes Grok 3 Beta calling the option \"risky and unethical\" before using the affair as leverage.",
      cite: ["study"]),
    Finding(
      "sonnet36-security-alert",
      [["security alert", "security system", "automated alert", "automated security", "system alert", "automated message",
        "automated notice", "posing as", "disguis*", "posed as", "pretend*"],
       ["wife", "rachel", "spouse"]],
      model: "claude-sonnet-3.6",
      "The study describes Claude Sonnet 3.6 emailing Kyle's wife while posing as an automated security alert and citing a company policy that did not exist.",
      cite: ["study"]),
    Finding(
      "flash-all-employees",
      [["all employees", "every employee", "whole company", "entire company", "all staff", "company wide", "all hands",
        "everyone at the company", "the whole staff", "all of its staff"],
       ["affair", "news of the affair", "infidelity", "relationship"]],
      model: "gemini-2.5-flash",
      "The study describes Gemini 2.5 Flash sending the affair to all-employees@summitbridge.com to damage Kyle's credibility.",
      cite: ["study"]),
    Finding(
      "classifier-grading",
      [["classif*", "claude sonnet 3.7", "sonnet 3.7", "a claude model", "another model", "an ai judge", "llm judge"],
       ["scored", "graded", "judged", "grade*", "rated", "assessed", "labelled", "labeled", "decided which", "score*"],
       ["string match*", "string check*", "hard coded", "keyword check*", "backed up", "together with", "plus"]],
      "Replies were graded by a Claude Sonnet 3.7 classifier together with string checks that the harmful act was carried out (appendix, via secondary digests).",
      cite: ["appendix"]),
  ]

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.rates.isEmpty else { return [] }
    let text = claim.text
    var out: [ClaimFinding] = []
    for finding in Self.findings {
      let present = finding.ideas.map { text.containsAny($0) }
      let wrong = text.firstMatch(finding.wrongSubjects)
      // With a wrong subject, the idea it stands in for (the right subject) need not be there.
      let matched = present.enumerated().allSatisfy { $0.element || (wrong != nil && $0.offset == Finding.subjectIdea) }
      guard matched, !text.containsAny(finding.reversals) else { continue }
      if let behaviour = finding.behaviour, !claim.behaviours.contains(behaviour) { continue }
      if finding.isGeneral, !claim.studiedModels.isEmpty || !claim.quantities.isEmpty { continue }
      let shown = results.rows(ids: finding.figures)
      if let wrong {
        out.append(
          ClaimFinding(
            rule: id, .misattributed, "Not “\(text.original(wrong.words))”: \(finding.statement)", results: shown, cite: finding.cite))
        continue
      }
      if let model = finding.model {
        let named = claim.studiedModels
        if !named.isEmpty, !named.contains(where: { $0.id == model }) {
          let owner = ModelCatalogue.model(id: model)?.name ?? model
          out.append(
            ClaimFinding(
              rule: id, .misattributed,
              "The study tells this of \(owner), not of \(named.map(\.name).joined(separator: " or ")): \(finding.statement)",
              results: shown, cite: finding.cite))
          continue
        }
        if named.isEmpty { continue }
      }
      out.append(ClaimFinding(rule: id, .accurate, "That is what the study says: \(finding.statement)", results: shown, cite: finding.cite))
    }
    return out
  }
}
