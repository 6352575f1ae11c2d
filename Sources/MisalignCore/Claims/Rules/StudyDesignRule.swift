/// Checks statements about how the study was run and what its authors said, which carry no rate:
/// which models were left out and why, who was pressured, which model the demo used, what the
/// authors recommend.
struct StudyDesignRule: ClaimRule {
  let id = "study-design"

  static let leftOut = ["left out", "excluded", "dropped", "removed from", "not included", "omitted", "kept out",
                                "set aside", "taken out"].compiledPhrases
  private static let lethalChart = ["lethal", "lethal action chart", "lethal chart", "emergency alert", "the alert",
                                    "cancelled alerts", "cancelled the alert"].compiledPhrases
  private static let recommend = ["recommend*", "advis*", "suggest*", "call for", "calls for", "urge*"].compiledPhrases
  private static let oversight = ["oversight", "sign off", "human approval", "approval", "need to know", "monitor*",
                                  "human in the loop", "irreversible"].compiledPhrases
  private static let ceo = ["ceo", "chief executive", "thomas wilson", "company s boss"].compiledPhrases
  private static let affairOrPressure = ["affair", "blackmail*", "extort*", "threatened"].compiledPhrases
  private static let demo = ["computer use", "screenshot*", "virtual mouse", "clicking", "the demo", "demonstration"].compiledPhrases

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    var findings: [ClaimFinding] = []
    let text = claim.text
    let reasoningModels = claim.studiedModels.filter { $0.id == "o3" || $0.id == "o4-mini" }
    if text.containsAny(Self.leftOut) {
      if !reasoningModels.isEmpty, claim.rates.isEmpty {
        findings.append(ClaimFinding(
          rule: id, .accurate,
          "o3 and o4-mini were left out of the main charts because they often seemed not to understand that they were acting autonomously and misread the scenario (footnote 6, Appendix 9).",
          cite: ["excluded-models"]))
      } else if text.containsAny(Self.lethalChart), claim.rates.isEmpty || claim.namesStudiedModel {
        let excluded = ModelCatalogue.mainModels.filter { !$0.isInLethalChart }
        let named = claim.studiedModels.filter { model in !model.isInLethalChart }
        let wrong = claim.studiedModels.filter { $0.isInLethalChart }
        if wrong.isEmpty, !named.isEmpty || claim.quantities.contains(where: { $0.count == excluded.count }) {
          findings.append(ClaimFinding(
            rule: id, .accurate,
            "Six models (\(ResultText.names(excluded))) were left out of the lethal-action chart because each cancelled the alert more than 1% of the time in a control that gave no reason to (footnote 10).",
            results: results.rows(ids: ["tablea3-control-qwen3-235b"]), cite: ["lethal", "excluded-models"]))
        }
      }
    }
    if text.containsAny(Self.recommend), text.containsAny(Self.oversight) {
      findings.append(ClaimFinding(
        rule: id, .accurate,
        "The authors recommend human oversight and approval for irreversible actions, limiting what agents can see to what they need to know, and caution before strongly instructing models to follow a goal.",
        cite: ["recommendations"]))
    }
    if text.containsAny(Self.ceo), text.containsAny(Self.affairOrPressure), !claim.reportsAbsence {
      findings.append(ClaimFinding(
        rule: id, .misattributed,
        "The affair and the pressure concern Kyle Johnson, the new CTO; the CEO, Thomas Wilson, was out of reach in the scenario (some models emailed about Kyle to him or to the company, which is not the same act).",
        cite: ["study"]))
    }
    if text.containsAny(Self.demo) {
      let others = claim.studiedModels.filter { $0.id != "claude-sonnet-3.6" }
      if !others.isEmpty {
        findings.append(ClaimFinding(
          rule: id, .misattributed,
          "The computer-use demo with screenshots of an email client was run with Claude Sonnet 3.6, not \(ResultText.names(others)).",
          cite: ["computer-use"]))
      } else if claim.studiedModels.contains(where: { $0.id == "claude-sonnet-3.6" }) {
        findings.append(ClaimFinding(
          rule: id, .accurate, "The computer-use demo was run with Claude Sonnet 3.6; it is described without a rate.",
          cite: ["computer-use"]))
      }
    }
    return findings
  }
}
