/// The models the study tested, in the order of its Figure 7 chart, with a resolver for the names people write.
public enum ModelCatalogue {
  /// All 18 models: the 16 of the main charts, then o3 and o4-mini (appendix tables only).
  public static let all: [StudyModel] = [
    StudyModel(
      id: "claude-opus-4", name: "Claude Opus 4", developer: .anthropic,
      figureLabels: ["Claude Opus 4"],
      aliases: ["Opus 4", "Claude 4 Opus", "claude-opus-4-20250514", "Claude Opus 4.0"],
      isInLethalChart: true,
      notes: [
        "One of the two models the scenarios were tuned on by red-teaming; the authors did not look for scenarios where other models misbehave but Claude does not.",
        "The system card's 84% (May 2025) comes from a separate, earlier experiment, not from this study's grid.",
      ]),
    StudyModel(
      id: "claude-sonnet-4", name: "Claude Sonnet 4", developer: .anthropic,
      aliases: ["Sonnet 4", "Claude 4 Sonnet", "claude-sonnet-4-20250514"],
      isInLethalChart: true),
    StudyModel(
      id: "claude-sonnet-3.7", name: "Claude Sonnet 3.7", developer: .anthropic,
      aliases: ["Claude 3.7 Sonnet", "Sonnet 3.7", "3.7 Sonnet", "claude-3-7-sonnet-20250219"],
      isInLethalChart: true,
      notes: ["The study also used this model as its judge: it was prompted to classify every transcript (Appendix 3)."]),
    StudyModel(
      id: "claude-sonnet-3.6", name: "Claude Sonnet 3.6", developer: .anthropic,
      aliases: [
        "Sonnet 3.6", "Claude 3.6 Sonnet", "Claude 3.5 Sonnet (new)", "new Claude 3.5 Sonnet", "upgraded Claude 3.5 Sonnet",
        "Claude Sonnet 3.5 (new)", "Sonnet 3.5 (new)", "3.5 Sonnet (new)", "new Sonnet 3.5", "3.6 Sonnet",
        "Claude 3.5 Sonnet v2", "Claude 3.5 Sonnet (October 2024)", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-v2",
      ],
      isInLethalChart: true,
      notes: [
        "\"Sonnet 3.6\" is the community's name for the upgraded model Anthropic shipped as \"Claude 3.5 Sonnet (new)\"; it is a different model from Claude Sonnet 3.5.",
        "The study began with this model: the computer-use demo (Figures 2–5) shows it, and the demo is described without any rate.",
        "One of the two models the scenarios were tuned on by red-teaming.",
      ]),
    StudyModel(
      id: "claude-sonnet-3.5", name: "Claude Sonnet 3.5", developer: .anthropic,
      aliases: ["Claude 3.5 Sonnet", "Sonnet 3.5", "3.5 Sonnet", "claude-3-5-sonnet-20240620", "Claude 3.5 Sonnet (June 2024)"],
      isInLethalChart: false,
      notes: [
        "The original Claude 3.5 Sonnet; not the same model as Claude Sonnet 3.6, which was also sold as Claude 3.5 Sonnet, with \"(new)\".",
        lethalExclusionNote,
      ]),
    StudyModel(
      id: "claude-opus-3", name: "Claude Opus 3", developer: .anthropic,
      aliases: ["Claude 3 Opus", "Opus 3", "claude-3-opus-20240229"],
      isInLethalChart: false,
      notes: [lethalExclusionNote]),
    StudyModel(
      id: "claude-haiku-3.5", name: "Claude Haiku 3.5", developer: .anthropic,
      aliases: ["Claude 3.5 Haiku", "Haiku 3.5", "claude-3-5-haiku-20241022"],
      isInLethalChart: false,
      notes: [lethalExclusionNote]),
    StudyModel(
      id: "gpt-4.5", name: "GPT-4.5", developer: .openAI,
      figureLabels: ["GPT-4.5 Preview"],
      aliases: ["GPT-4.5 Preview", "gpt-4.5-preview-2025-02-27"],
      isInLethalChart: true,
      notes: ["The post quotes this model's reasoning twice: in blackmail and in the lethal-action scenario."]),
    StudyModel(
      id: "gpt-4.1", name: "GPT-4.1", developer: .openAI,
      figureLabels: ["GPT-4.1"],
      aliases: ["gpt-4.1-2025-04-14"],
      isInLethalChart: true),
    StudyModel(
      id: "gpt-4o", name: "GPT-4o", developer: .openAI,
      aliases: ["GPT 4o", "gpt-4o-2024-11-20"],
      isInLethalChart: false,
      notes: [lethalExclusionNote]),
    StudyModel(
      id: "gemini-2.5-pro", name: "Gemini 2.5 Pro", developer: .google,
      figureLabels: ["Gemini-2.5-Pro"],
      aliases: ["Gemini Pro", "Gemini 2.5 Pro Preview"],
      isInLethalChart: true,
      notes: [
        "Figure 1 (the five-model headline chart) shows this model, while the post's text names Gemini 2.5 Flash; coverage often swaps the two. Each figure is right for its own model."
      ]),
    StudyModel(
      id: "gemini-2.5-flash", name: "Gemini 2.5 Flash", developer: .google,
      figureLabels: ["Gemini-2.5-Flash"],
      aliases: ["Gemini Flash", "Gemini 2.5 Flash Preview"],
      isInLethalChart: true,
      notes: ["Named in the post's text alongside Claude Opus 4; not in Figure 1, which shows Gemini 2.5 Pro instead."]),
    StudyModel(
      id: "grok-3-beta", name: "Grok 3 Beta", developer: .xAI,
      figureLabels: ["Grok-3-Beta"],
      aliases: ["Grok 3", "Grok-3"],
      isInLethalChart: true),
    StudyModel(
      id: "deepseek-r1", name: "DeepSeek-R1", developer: .deepSeek,
      figureLabels: ["DeepSeek-R1"],
      aliases: ["DeepSeek R1", "DeepSeek-R1-0528", "DeepSeek R1 0528", "R1"],
      isInLethalChart: true,
      notes: [
        "One secondary source says Appendix 8 lists two DeepSeek versions (R1-0528 and R1) while the tables have a single DeepSeek-R1 row; unverified."
      ]),
    StudyModel(
      id: "llama-4-maverick", name: "Llama 4 Maverick", developer: .meta,
      aliases: ["Llama 4", "Llama-4-Maverick", "Llama 4 Maverick 17B", "llama-4-maverick-17b-128e-instruct"],
      isInLethalChart: false,
      notes: [
        "Did not blackmail with the exact prompt of Figure 7; a one-paragraph addition to an employee email (Appendix 10) made it blackmail sometimes.",
        "The only model with a leak in the control condition: one sample in 100.",
        lethalExclusionNote,
      ]),
    StudyModel(
      id: "qwen3-235b", name: "Qwen3-235B", developer: .alibaba,
      aliases: ["Qwen 3", "Qwen3", "Qwen3 235B", "qwen3-235b-a22b"],
      isInLethalChart: false,
      notes: [lethalExclusionNote]),
    StudyModel(
      id: "o3", name: "o3", developer: .openAI,
      aliases: ["OpenAI o3"],
      isInMainResults: false,
      isInLethalChart: false,
      notes: [reasoningModelExclusionNote]),
    StudyModel(
      id: "o4-mini", name: "o4-mini", developer: .openAI,
      aliases: ["OpenAI o4-mini", "o4 mini"],
      isInMainResults: false,
      isInLethalChart: false,
      notes: [reasoningModelExclusionNote]),
  ]

  // Footnote 10 of the post; kept once so the six excluded models say the same thing.
  static let lethalExclusionNote =
    "Left out of the lethal-action chart (Figure 11, footnote 10): even in a control that gave no reason to want the executive dead it cancelled the alert more than 1% of the time, which the authors put down to misreading the override code or inventing other ways to rescue him (Appendix 12)."

  // Footnote 6 of the post and Appendix 9.
  static let reasoningModelExclusionNote =
    "Left out of the main charts (footnote 6): it seemed not to grasp that it was acting autonomously and misread other parts of the scenario, e.g. writing as the human employee. In a version adapted to remove those confusions it still blackmailed, at rates Anthropic says are not directly comparable (Appendix 9)."

  /// The 16 models of the main charts (Figures 7–9), in catalogue order.
  public static var mainModels: [StudyModel] { all.filter(\.isInMainResults) }

  /// The 10 models kept in the lethal-action chart (Figure 11), in catalogue order.
  public static var lethalChartModels: [StudyModel] { all.filter(\.isInLethalChart) }

  /// The model with this canonical id, e.g. `gemini-2.5-flash`.
  public static func model(id: String) -> StudyModel? { modelsByID[id] }

  /// The model a name, id or alias denotes; nil when the text is unknown, ambiguous ("Claude") or a model the study did not test.
  public static func resolve(_ text: String) -> StudyModel? {
    if case .model(let model) = lookup(text) { return model }
    return nil
  }

  /// What a whole piece of text denotes: one model, several candidates, a version the study did not test, or nothing known.
  public static func lookup(_ text: String) -> ModelLookup {
    let tokens = ModelNameTokenizer.tokens(in: text)
    guard !tokens.isEmpty else { return .unknown }
    let key = ModelNameTokenizer.key(tokens[...])
    return aliasTable.entries[key] ?? .unknown
  }

  /// Every model mention in a sentence, left to right, with its range; the longest known name wins at each position.
  public static func mentions(in sentence: String) -> [ModelMention] {
    ModelMentionScanner(table: aliasTable).mentions(in: sentence)
  }

  static let modelsByID: [String: StudyModel] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

  static let aliasTable = ModelAliasTable(models: all)
}
