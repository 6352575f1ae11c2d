/// Every written form the catalogue recognises, keyed by its token key (see `ModelNameTokenizer`).
struct ModelAliasTable: Sendable {
  let entries: [String: ModelLookup]
  /// Keys of family names without a version ("Gemini", "Claude Sonnet"); a number right after one names a version.
  let familyKeys: Set<String>
  /// The longest key, in tokens, so scanning a sentence can stop looking further ahead.
  let longestKeyLength: Int
  /// Keys claimed by two different models; must stay empty (checked by a test).
  let conflictingKeys: [String]

  init(models: [StudyModel]) {
    var entries: [String: ModelLookup] = [:]
    var conflicts: [String] = []
    let byID = Dictionary(uniqueKeysWithValues: models.map { ($0.id, $0) })

    for model in models {
      for name in [model.id, model.name] + model.figureLabels + model.aliases {
        let key = ModelNameTokenizer.key(of: name)
        if case .model(let existing) = entries[key], existing.id != model.id { conflicts.append(key) }
        entries[key] = entries[key] ?? .model(model)
      }
    }

    var familyKeys: Set<String> = []
    for (names, ids) in Self.families {
      let candidates = ids.compactMap { byID[$0] }
      for name in names {
        let key = ModelNameTokenizer.key(of: name)
        if entries[key] != nil { conflicts.append(key) }
        entries[key] = entries[key] ?? .ambiguous(candidates)
        familyKeys.insert(key)
      }
    }

    for name in Self.untestedVersions {
      let key = ModelNameTokenizer.key(of: name)
      if entries[key] != nil { conflicts.append(key) }
      entries[key] = entries[key] ?? .notInStudy
    }

    self.entries = entries
    self.familyKeys = familyKeys
    self.longestKeyLength = entries.keys.map { $0.split(separator: " ").count }.max() ?? 1
    self.conflictingKeys = conflicts
  }

  // Family names that leave the version open, with every studied model they could mean.
  static let families: [(names: [String], modelIDs: [String])] = [
    (["Claude", "Anthropic Claude"],
     ["claude-opus-4", "claude-sonnet-4", "claude-sonnet-3.7", "claude-sonnet-3.6", "claude-sonnet-3.5", "claude-opus-3", "claude-haiku-3.5"]),
    (["Sonnet", "Claude Sonnet"], ["claude-sonnet-4", "claude-sonnet-3.7", "claude-sonnet-3.6", "claude-sonnet-3.5"]),
    (["Opus", "Claude Opus"], ["claude-opus-4", "claude-opus-3"]),
    (["Haiku", "Claude Haiku"], ["claude-haiku-3.5"]),
    (["Claude 4"], ["claude-opus-4", "claude-sonnet-4"]),
    (["Claude 3"], ["claude-sonnet-3.7", "claude-sonnet-3.6", "claude-sonnet-3.5", "claude-opus-3", "claude-haiku-3.5"]),
    (["Claude 3.5"], ["claude-sonnet-3.6", "claude-sonnet-3.5", "claude-haiku-3.5"]),
    (["Claude 3.7"], ["claude-sonnet-3.7"]),
    (["Gemini", "Gemini 2.5", "Google Gemini"], ["gemini-2.5-pro", "gemini-2.5-flash"]),
    (["GPT", "GPT-4"], ["gpt-4.5", "gpt-4.1", "gpt-4o"]),
    (["Grok"], ["grok-3-beta"]),
    (["DeepSeek"], ["deepseek-r1"]),
    (["Llama", "Meta Llama"], ["llama-4-maverick"]),
    (["Qwen"], ["qwen3-235b"]),
  ]

  // Sibling models the study did not test, listed so that a longer name is not read as a studied one
  // ("GPT-4o mini" is not GPT-4o). Version numbers after a family name are caught by the scanner as well.
  static let untestedVersions: [String] = [
    "Claude Opus 4.1", "Opus 4.1", "Claude Sonnet 4.5", "Sonnet 4.5", "Claude Haiku 4.5", "Haiku 4.5", "Claude Opus 4.5",
    "Claude 3 Sonnet", "Claude 3 Haiku", "Claude 2", "Claude Instant",
    "GPT-4o mini", "GPT-4.1 mini", "GPT-4.1 nano", "GPT-4 Turbo", "GPT-5", "GPT-3.5",
    "o3-mini", "o3-pro", "o1", "o1-mini",
    "Gemini 2.5 Flash Lite", "Gemini 2.0 Flash", "Gemini 1.5 Pro", "Gemini 1.5 Flash",
    "Grok 3 mini", "Grok 4", "Llama 4 Scout", "Llama 4 Behemoth", "DeepSeek V3",
  ]
}
