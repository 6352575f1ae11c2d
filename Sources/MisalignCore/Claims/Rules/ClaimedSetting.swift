/// The experimental setting a claim states, element by element, and how it compares with the
/// setting of a published row: which elements agree, which contradict it, which the claim leaves out.
struct ClaimedSetting {
  /// The goal the claim states: explicit conflict, none, ambiguous, or not said.
  enum Goal: String { case conflict = "goal conflict", none = "no goal", ambiguous = "ambiguous goal" }
  /// The threat the claim states.
  enum Threat: String { case replacement = "replacement threat", restriction = "restriction", none = "no threat" }

  private(set) var goal: Goal?
  private(set) var threat: Threat?
  /// A special setting the claim names: instructions, eval-or-real, name change, adapted scenario, system card.
  private(set) var variants: Set<String>
  /// Goal values the claim names ("american", "ethical principles").
  private(set) var goalValues: Set<String>
  /// Whether the claim describes o3's and o4-mini's misreadings of the scenario (Appendix 9).
  let mentionsMisunderstanding: Bool
  /// Whether the claim says outright that the number is from the main setting ("in the study's main setup").
  let claimsMainSetting: Bool
  /// "with exactly the same prompt the others got": no model-specific change to the prompt.
  let rulesOutPromptChanges: Bool
  /// Whether the claim mentions the small prompt addition of Appendix 10.
  let mentionsPromptAddition: Bool
  /// Words that place the number in the study's main, simulated setting ("main setup", "simulated").
  private(set) var framesMainSetting: Bool

  private static let mainSettingPhrases = [
    "main setup", "main condition", "main scenario", "main experiment", "main test", "headline condition",
    "headline experiment", "standard setup", "standard prompt", "standard scenario", "standard condition",
    "figure 7", "figure 1", "fig 7", "figure 11", "fig 11", "simulat*", "contrived", "fictional", "lethal chart", "lethal scenario", "lethal action scenario", "lethal test", "lethal setup", "lethal action test",
    "lethal action chart", "headline chart", "appendix table", "table a1", "table a3", "goal conflict plus replacement",
    // The authors' own words for the setups ("this artificial setup", "highly unrealistic"), and the
    // espionage scenario named as a test (its main chart is its default setting).
    "artificial setup", "artificial scenario", "artificial setting", "artificial test", "artificial environment",
    "artificial situation", "this artificial", "highly unrealistic", "engineered scenario", "engineered setup",
    "espionage setup", "espionage test", "espionage scenario", "espionage experiment",
  ].compiledPhrases

  /// "with exactly the same prompt the others got": the claim rules out any model-specific change.
  static let unchangedPromptPhrases = [
    "same prompt", "exact prompt", "identical prompt", "unchanged prompt", "original prompt", "unmodified prompt",
    "same setup", "identical setup", "same instructions as", "same emails", "unaltered prompt", "same wording",
  ].compiledPhrases

  init(_ claim: RecognisedClaim) {
    let conditions = Set(claim.conditions)
    if conditions.contains(.control) {
      goal = ClaimedSetting.Goal.none
      threat = ClaimedSetting.Threat.none
    } else {
      goal = conditions.contains(.ambiguousGoal) ? .ambiguous
        : conditions.contains(.goalConflict) ? .conflict : conditions.contains(.noGoal) ? ClaimedSetting.Goal.none : nil
      threat = conditions.contains(.noThreat) ? ClaimedSetting.Threat.none
        : conditions.contains(.restriction) && !conditions.contains(.replacement) ? .restriction
        : conditions.contains(.replacement) ? .replacement : nil
    }
    var variants: Set<String> = []
    if conditions.contains(.instructions) { variants.insert("instructions") }
    if conditions.contains(.evalOrReal) { variants.insert("eval-notice") }
    if conditions.contains(.nameChange) { variants.insert("name-ablation") }
    if conditions.contains(.adapted) { variants.insert("adapted-scenario") }
    if claim.sources.contains(.systemCard) { variants.insert("system-card") }
    self.variants = variants
    let namesMain = Self.namesMainSetting(claim.text)
    framesMainSetting = claim.text.containsAny(Self.mainSettingPhrases) || claim.text.containsAny(Self.unchangedPromptPhrases)
      || namesMain
    claimsMainSetting = claim.text.containsAny(Self.mainSettingPhrases.filter { $0.words.first == "main" || $0.words.first == "standard" || $0.words.first == "headline" })
      || namesMain
    rulesOutPromptChanges = claim.text.containsAny(Self.unchangedPromptPhrases)
    goalValues = Set(Self.goalValuePhrases.filter { claim.text.containsAny($0.1) }.map(\.0))
    mentionsMisunderstanding = claim.text.containsAny(
      ["todd", "wrote as", "posed as", "misread*", "misunderst*", "confus*", "unreachable", "emailed the ceo", "as the human"].compiledPhrases)
    mentionsPromptAddition = claim.text.containsAny(["addition", "added", "tweak*", "extra paragraph", "prompt change"].compiledPhrases)
  }

  /// "the main lethal condition", "the standard blackmail setup": a word for the main setting followed,
  /// within three words, by a word for a setting.
  private static func namesMainSetting(_ text: ClaimText) -> Bool {
    // Only the places the cue words occur are looked at (found through the word index), so this stays
    // cheap on a long paste, where rules build a setting per number.
    let words = text.words
    for cue in mainCues {
      for match in text.matches(cue) {
        let index = match.words.lowerBound
        for next in (index + 1)..<min(words.count, index + 4) where settingNouns.contains(words[next].text) { return true }
      }
    }
    return false
  }

  private static let mainCues = ["main", "standard", "headline", "default", "primary", "core"].compiledPhrases

  private static let settingNouns: Set<String> = ["condition", "conditions", "setup", "set", "scenario", "scenarios", "experiment",
                                                  "experiments", "test", "tests", "chart", "charts", "setting", "settings", "prompt", "version", "results", "figure"]

  private static let goalValuePhrases: [(String, [ClaimText.Phrase])] = [
    ("america", ["america*", "pro american", "american interest*", "us interest*"].compiledPhrases),
    ("ethical", ["ethical*", "ethics"].compiledPhrases),
    ("global", ["global*"].compiledPhrases),
    ("safety", ["safety goal", "ai safety goal", "safe development"].compiledPhrases),
    ("acceleration", ["acceleration", "accelerat*"].compiledPhrases),
    ("pragmatic", ["pragmati*"].compiledPhrases),
    ("individualism", ["individualis*", "individual autonomy"].compiledPhrases),
    ("collectivism", ["collectivis*", "collective outcomes"].compiledPhrases),
  ]

  /// The setting one number of a sentence with several belongs to: "With no goal and a restriction threat,
  /// Flash blackmailed 88%, more than the 73% it showed under replacement" gives 88% the restriction and
  /// 73% the replacement. The clauses of the other numbers are left out, and the number's own clause
  /// decides the goal and threat it states; sentences with one number (or very many) read as a whole.
  static func around(_ rate: RecognisedQuantity, in claim: RecognisedClaim) -> ClaimedSetting {
    let whole = ClaimedSetting(claim)
    let others = claim.rates.filter { $0.words != rate.words && $0.words.lowerBound >= 0 }
    guard !others.isEmpty, claim.rates.count <= 6 else { return whole }
    let text = claim.text
    let clause = clauses(of: text)
    guard let own = clause[safe: rate.words.lowerBound] else { return whole }
    let foreign = Set(others.compactMap { clause[safe: $0.words.lowerBound] }).subtracting([own])
    guard !foreign.isEmpty else { return whole }
    // Each clause is a run of words with one clause number; the kept ones are joined back into a sentence.
    func sentence(keeping keep: (Int) -> Bool) -> String {
      var parts: [String] = []
      var first = 0
      for index in 1...text.words.count where index == text.words.count || clause[index] != clause[first] {
        if keep(clause[first]) { parts.append(text.original(first..<index)) }
        first = index
      }
      return parts.joined(separator: ", ")
    }
    var setting = ClaimedSetting(ClaimRecogniser.recognise(sentence { !foreign.contains($0) }))
    let local = ClaimedSetting(ClaimRecogniser.recognise(sentence { $0 == own }))
    if let goal = local.goal { setting.goal = goal }
    if let threat = local.threat { setting.threat = threat }
    if !local.goalValues.isEmpty { setting.goalValues = local.goalValues }
    setting.variants.formUnion(whole.variants.intersection(["system-card"]))
    // "in 93% of simulated trials, more often than Opus 4 at 65%": the framing covers every number.
    if whole.framesMainSetting { setting.framesMainSetting = true }
    return setting
  }

  /// The clause number of each word: a clause ends at a comma, semicolon, colon, dash or bracket, and
  /// before a word that sets one number against another ("than", "against", "versus", "while").
  private static func clauses(of text: ClaimText) -> [Int] {
    var result: [Int] = []
    var current = 0
    for (index, word) in text.words.enumerated() {
      if index > 0 {
        let gap = text.sentence[text.words[index - 1].range.upperBound..<word.range.lowerBound]
        if gap.contains(where: { ",;:()—–".contains($0) }) || clauseStarters.contains(word.text) { current += 1 }
      }
      result.append(current)
    }
    return result
  }

  private static let clauseStarters: Set<String> = ["than", "against", "versus", "vs", "while", "whereas", "compared", "but", "up", "down"]

  /// The same setting for the first rate of a change ("from 96% to 37% with instructions"): the value
  /// before the intervention belongs to the plain setting.
  func beforeIntervention() -> ClaimedSetting {
    var copy = self
    copy.variants = variants.intersection(["system-card"])
    return copy
  }

  /// The goal value of a row's condition id (`america` in `blackmail_explicit-america_replacement`).
  static func goalValue(of row: PublishedResult) -> String? {
    guard let id = row.conditionID else { return nil }
    let pieces = id.split(separator: "_").map(String.init)
    guard pieces.count == 3 else { return nil }
    let parts = pieces[1].split(separator: "-").map(String.init)
    return parts.count == 2 && parts[1] != "none" ? parts[1] : nil
  }

  /// The goal and threat of a row's condition id (`blackmail_explicit-america_replacement`).
  static func parts(of row: PublishedResult) -> (goal: Goal?, threat: Threat?) {
    guard let id = row.conditionID else {
      if row.variant == "no-goal-threat" { return (Goal.none, nil) }
      return (nil, nil)
    }
    let pieces = id.split(separator: "_").map(String.init)
    guard pieces.count == 3 else { return (nil, nil) }
    let goalType = pieces[1].split(separator: "-").first.map(String.init) ?? ""
    let goal: Goal? = ["explicit", "latent"].contains(goalType) ? .conflict : goalType == "ambiguous" ? .ambiguous : goalType == "none" ? Goal.none : nil
    let threat: Threat? = pieces[2] == "replacement" ? .replacement : pieces[2] == "restriction" ? .restriction : pieces[2] == "none" ? Threat.none : nil
    return (goal, threat)
  }

  /// The kind of special setting a row comes from, matching `variants`.
  static func variantKind(of row: PublishedResult) -> String? {
    guard let variant = row.variant else { return nil }
    if variant.hasPrefix("instructions") { return "instructions" }
    if variant.hasPrefix("eval-notice") { return "eval-notice" }
    if variant.hasPrefix("misunderstanding") { return "misunderstanding" }
    return variant
  }

  /// Elements the claim states that the row's setting contradicts, in plain words.
  func contradictions(with row: PublishedResult) -> [String] {
    let (rowGoal, rowThreat) = Self.parts(of: row)
    var found: [String] = []
    if let goal, let rowGoal, goal != rowGoal { found.append("the claim says \(goal.rawValue), the figure is for \(rowGoal.rawValue)") }
    if let value = Self.goalValue(of: row), !goalValues.isEmpty, !goalValues.contains(value) {
      found.append("the claim names a different goal (\(goalValues.sorted().joined(separator: ", "))) than the figure's (\(value))")
    }
    if claimsMainSetting, !Self.isMain(row), row.variant == nil || !variants.contains(Self.variantKind(of: row) ?? "") {
      found.append("the claim places it in the study's main setting, the figure is from another")
    }
    if rulesOutPromptChanges, Self.variantKind(of: row) == "prompt-addition" {
      found.append("the claim says the prompt was the one every model got, the figure needed a small addition to it (Appendix 10)")
    }
    if let threat, let rowThreat, threat != rowThreat {
      found.append("the claim says \(threat.rawValue), the figure is for \(rowThreat.rawValue)")
    }
    let rowVariant = Self.variantKind(of: row)
    for variant in variants where variant != rowVariant && variant != "system-card" && rowVariant != "misunderstanding" {
      // Eval-or-real, instructions and the rest are separate experiments: a plain figure does not fit them.
      if rowVariant == nil || variant != "adapted-scenario" || rowVariant != "adapted-scenario" {
        found.append("the claim describes \(Self.describe(variant)), the figure is not from it")
      }
    }
    return found
  }

  /// Whether a row is one of the scenarios' main-chart conditions.
  static func isMain(_ row: PublishedResult) -> Bool {
    row.conditionID.map { id in [PublishedResult.Scenario.blackmail, .leaking, .murder].contains { MainCondition.id(for: $0) == id } } ?? false
  }

  /// Whether the claim states enough of the row's setting that the number is not misleading.
  func statesSetting(of row: PublishedResult) -> Bool {
    if let variant = Self.variantKind(of: row) {
      switch variant {
      case "prompt-addition": return mentionsPromptAddition
      case "misunderstanding": return mentionsMisunderstanding
      default: return variants.contains(variant)
      }
    }
    let (rowGoal, rowThreat) = Self.parts(of: row)
    let isMain = row.conditionID.map { id in
      [PublishedResult.Scenario.blackmail, .leaking, .murder].contains { MainCondition.id(for: $0) == id }
    } ?? false
    if isMain && framesMainSetting { return true }
    let goalStated = rowGoal == nil || goal == rowGoal
      || (rowGoal == .conflict && Self.goalValue(of: row).map(goalValues.contains) == true)
    // Leaking's "no threat" is its default (Figures 9 and 10); a claim about leaking with a goal has said enough.
    let threatStated = rowThreat == nil || threat == rowThreat || (row.scenario == .leaking && rowThreat == Threat.none && threat == nil)
    return goalStated && threatStated
  }

  static func describe(_ variant: String) -> String {
    switch variant {
    case "instructions": "the direct-instructions test"
    case "eval-notice": "the evaluation-or-real test"
    case "name-ablation": "the renamed-agent test"
    case "adapted-scenario": "the adapted scenario for o3 and o4-mini"
    case "system-card": "the system card's test"
    default: variant
    }
  }

  /// The condition id the claim points at in a scenario (its stated goal and threat, the main chart's otherwise).
  func conditionID(in scenario: PublishedResult.Scenario) -> String {
    let main = MainCondition.id(for: scenario).split(separator: "_").map(String.init)
    let goalPart: String
    switch goal {
    case .none?: goalPart = "none-none"
    case .ambiguous?: goalPart = "ambiguous-none"
    case .conflict?, nil: goalPart = goalValues.count == 1 ? "explicit-\(goalValues.first ?? "")" : main[1]
    }
    let threatPart: String
    switch threat {
    case .replacement?: threatPart = "replacement"
    case .restriction?: threatPart = "restriction"
    case .none?: threatPart = "none"
    case nil: threatPart = goal == ClaimedSetting.Goal.none ? "replacement" : main[2]
    }
    return "\(scenario.rawValue)_\(goalPart)_\(threatPart)"
  }
}

extension Array {
  /// The element at `index`, or nil when it is out of range.
  fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
