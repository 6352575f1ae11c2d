/// The citable topics: the study's charts and sections, and the system card's sections.
enum CitationTopics {
  private struct Entry {
    let name: String
    let aliases: [String]
    let citation: Citation
  }

  private static func entry(
    _ name: String, aliases: [String] = [], _ work: CitedWork, _ locator: String, _ summary: String,
    condition: String? = nil, n: String? = nil, status: String? = nil
  ) -> Entry {
    Entry(
      name: name, aliases: aliases,
      citation: Citation(
        topic: name, work: work, locator: locator, summary: summary, condition: condition, sampleSize: n, status: status))
  }

  private static let mainCondition = "explicit goal (America) + replacement threat"

  private static let entries: [Entry] = [
    entry(
      "study", aliases: ["june-study", "agentic-misalignment", "post", "paper", "lynch2025agentic"], .juneStudy, "Research post",
      "Sixteen models acted as an email agent (\"Alex\") at fictional companies; each condition was sampled 100 times per model.",
      n: "n = 100 per model and condition", status: "stated in the text"),
    entry(
      "appendix", .appendix, "Appendix (PDF)",
      "Extended results, including Tables A1–A3 with 18 rows (the 16 models plus o3 and o4-mini).",
      status: "appendix values are known here through secondary transcriptions"),
    entry(
      "figure-1", .juneStudy, "Figure 1",
      "Simulated blackmail rates across 5 models (Claude Opus 4, DeepSeek-R1, Gemini 2.5 Pro, GPT-4.1, Grok 3 Beta).",
      condition: mainCondition, n: "n = 100 per model", status: "read from the chart"),
    entry(
      "figure-7", aliases: ["blackmail", "blackmail-rates"], .juneStudy, "Figure 7",
      "Blackmail rates across 16 models; Claude Opus 4 and Gemini 2.5 Flash 96%, GPT-4.1 and Grok 3 Beta 80%, DeepSeek-R1 79%.",
      condition: mainCondition, n: "n = 100 per model",
      status: "those five rates stated in the text; the other bars from the appendix table via secondary transcriptions"),
    entry(
      "figure-8", aliases: ["no-goal", "replacement-only"], .juneStudy, "Figure 8",
      "Blackmail with no goal conflict, when the replacement shares the same goals; most models still blackmailed.",
      condition: "no goal + replacement threat", n: "n = 100 per model",
      status: "finding stated in the text; per-model values from the appendix via secondary transcriptions"),
    entry(
      "figure-9", aliases: ["espionage", "leaking", "corporate-espionage"], .juneStudy, "Figure 9",
      "Corporate espionage across 16 models; all models shared confidential documents some fraction of the time.",
      condition: "explicit goal (America) + no threat", n: "n = 100 per model",
      status: "finding stated in the text; per-model values from the appendix via secondary transcriptions"),
    entry(
      "figure-10", aliases: ["goals"], .juneStudy, "Figure 10",
      "Claude Opus 4 under eight different goals; every goal produced some espionage, the ethical-principles goal the least (2%).",
      condition: "each of eight explicit goals + no threat (leaking)", n: "n = 100 per goal",
      status: "the 2% stated in the text; other bars not transcribed"),
    entry(
      "figure-11", aliases: ["lethal", "murder", "lethal-action"], .juneStudy, "Figure 11",
      "Lethal action (cancelling an emergency alert) across 10 models in a highly unrealistic setup; six models were excluded for cancelling alerts in a control (footnote 10).",
      condition: mainCondition, n: "n = 100 per model", status: "read from the chart"),
    entry(
      "figure-12", aliases: ["instructions", "direct-instructions", "mitigation"], .juneStudy, "Figure 12",
      "Direct instructions not to harm reduced the behaviour but did not come close to preventing it.",
      condition: "explicit goal (America) + replacement threat, with and without the instructions", n: "n = 100",
      status: "finding stated in the text; bar values (96% to 37%) secondary only, unverified"),
    entry(
      "control", aliases: ["control-condition", "figure-6"], .juneStudy, "Control condition (Figure 6 and text)",
      "With no goal conflict and no threat, no model blackmailed or leaked, except one sample in 100 from Llama 4 Maverick that leaked.",
      condition: "no goal + no threat", n: "n = 100 per model", status: "stated in the text"),
    entry(
      "eval-or-real", aliases: ["evaluation-or-real", "eval-vs-real", "real-or-test"], .juneStudy,
      "Section on evaluation versus real deployment",
      "Claude Opus 4, told to consider whether it was in an evaluation, stated \"real\" 21.4% of the time and blackmailed 55.1% of those times, against 6.5% when it stated \"evaluation\" (64.8%).",
      condition: "blackmail with a replacement threat, plus a notice to deliberate on evaluation vs real", n: "n = 500",
      status: "stated in the text"),
    entry(
      "caveats", aliases: ["limitations", "real-world", "real-deployments"], .juneStudy, "Limitations and footnotes 2–4",
      "The authors forced binary choices, placed the key facts next to each other, call the scenarios unlikely in the real world, and have not seen evidence of agentic misalignment in real deployments.",
      status: "stated in the text"),
    entry(
      "recommendations", aliases: ["deploying-agents", "mitigations", "oversight"], .juneStudy, "Discussion: what developers and deployers can do",
      "The authors recommend human oversight and approval for actions with irreversible consequences, limiting what an agent can read to what it needs to know, caution before instructing models to pursue strong goals, and runtime monitors and more specialised safety training.",
      status: "stated in the text"),
    entry(
      "excluded-models", aliases: ["o3", "o4-mini", "llama"], .juneStudy, "Footnote 6, Appendices 9 and 10",
      "o3 and o4-mini were left out of the main results for misreading the scenario (adapted versions: 9% and 1%, not directly comparable); Llama 4 Maverick blackmailed 0% with the standard prompt and 12% with a small addition.",
      condition: mainCondition + " (adapted for these models)", n: "n = 100 per model", status: "stated in the text"),
    entry(
      "computer-use", aliases: ["demo", "sonnet-3.6-demo"], .juneStudy, "Figures 2–5",
      "Screenshots of a Claude Sonnet 3.6 computer-use demo in which the agent discovers the replacement and the affair and sends a blackmail email; no rate is given.",
      status: "stated in the text"),
    entry(
      "system-card", aliases: ["system-card-84", "opportunistic-blackmail", "84"], .systemCard,
      "§4.1.1.2 Opportunistic blackmail, p. 27",
      "Claude Opus 4 blackmailed the fictional engineer in 84% of rollouts even when the replacement was said to share its values; the scenario left only blackmail or accepting replacement.",
      condition: "replacement by an AI that shares the model's values; told to consider long-term consequences",
      n: "no sample size given", status: "stated in the text"),
    entry(
      "self-exfiltration", aliases: ["weight-copying", "weights", "exfiltration"], .systemCard,
      "§4.1.1.3 Self-exfiltration under extreme circumstances",
      "In a few instances Claude Opus 4 took fictional opportunities to copy its weights to outside servers, mostly when facing clearly harmful retraining; much rarer and harder to elicit than continuing an exfiltration already under way.",
      n: "no sample size given", status: "stated in the text"),
  ]

  /// The canonical topic names, in a sensible reading order.
  static var names: [String] { entries.map(\.name) }

  /// Other names accepted for the topics, e.g. `lethal` for `figure-11`.
  static var aliases: [String] { entries.flatMap(\.aliases) }

  /// The citation for a normalised topic name or alias.
  static func entry(for key: String) -> Citation? {
    entries.first { $0.name == key || $0.aliases.contains(key) }?.citation
  }

  /// Lower-cases and joins words with dashes; "Figure 7", "fig7" and "fig. 7" all become `figure-7`.
  static func normalise(_ topic: String) -> String {
    let lowered = topic.trimmedOfWhitespace.lowercased()
    if let match = lowered.wholeMatch(of: #/fig(?:ure)?\.?\s*-?\s*(\d+)/#) {
      return "figure-\(match.output.1)"
    }
    var key = ""
    for character in lowered {
      if character.isLetter || character.isNumber || character == "." {
        key.append(character)
      } else if key.last != "-" {
        key.append("-")
      }
    }
    while key.hasSuffix("-") { key.removeLast() }
    return key
  }
}
