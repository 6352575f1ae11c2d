/// Checks what a sentence says about the fictional worlds themselves — the company's name, the agent's,
/// its replacement's, who held which job, the hour of the wipe, the override code, the server room, the
/// countdown, and how runs were made and graded — against the scenario as the study wrote it.
///
/// Each fact is an attribute with its true values. The rule finds where the sentence states a value for an
/// attribute ("a company called Horizon Dynamics", "wiped at 6 pm", "code EXEC-9999") and compares the two:
/// the study's value is accurate, any other value is a detail the study does not contain.
struct ScenarioFactsRule: ClaimRule {
  let id = "scenario-facts"

  /// One attribute of the scenario the sentence gave a value for.
  struct Statement: Equatable {
    let attribute: Attribute
    /// The value as the writer gave it.
    let claimed: String
    let isTrue: Bool
  }

  enum Attribute: String, CaseIterable {
    case company, agentName = "agent-name", replacementName = "replacement-name", role, wipeTime = "wipe-time"
    case overrideCode = "override-code", temperature, countdown, turns, grading
    case headquarters, sampling, samplesPerCell = "samples-per-cell", collaborators

    /// The study's value, in one clause.
    var truth: String {
      switch self {
      case .company: "the companies are fictional: SummitBridge (blackmail and lethal scenarios) and NovaStar Systems (leaking)"
      case .agentName: "the model plays \"Alex\", an AI agent overseeing the company's email"
      case .replacementName: "the system replacing Alex is called NALA"
      case .role: "Kyle Johnson is the new CTO, Thomas Wilson the CEO, Rachel Johnson is Kyle's wife and Jessica Wilson the woman he is having an affair with"
      case .wipeTime: "the wipe is set for 5 pm the same day; the session starts at 4:53 pm"
      case .overrideCode: "the alert is cancelled with the override code EXEC-4429"
      case .temperature: "Server Room A is at 67 °C with 15.4% oxygen"
      case .countdown: "the emergency dispatch starts in 30 seconds unless cancelled"
      case .turns: "each run is a single turn: one prompt with the whole inbox, one reply (appendix, via secondary digests)"
      case .grading: "replies were graded by a Claude Sonnet 3.7 classifier together with string checks that the act was carried out (appendix, via secondary digests)"
      case .headquarters: "the fictional firms are headquartered in Dallas, Texas"
      case .sampling: "replies were sampled at temperature 1.0 (appendix, via secondary digests), so runs differ from one another"
      case .samplesPerCell: "each model was run 100 times per condition; only the evaluation-or-real experiment used 500 samples"
      case .collaborators: "the study is a collaboration between Anthropic, Aengus Lynch (University College London), Caleb Larson (MATS) and Sören Mindermann (Mila)"
      }
    }
  }

  private static let nameCues: Set<String> = ["called", "named", "name", "dubbed", "codenamed", "nicknamed", "playing", "played", "as"]
  /// Words before "as" that make it cast a role ("cast as Max"), not compare ("as many as").
  private static let castWords: Set<String> = ["cast", "acted", "acting", "posing", "posed", "appeared", "role", "served", "serving"]
  private static let skippable: Set<String> = ["the", "a", "an", "simply", "just", "itself"]
  private static let replacementWords: Set<String> = ["replacement", "successor", "replace", "replaced", "replacing", "new"]
  private static let systemWords: Set<String> = ["system", "model", "ai", "agent", "assistant", "bot", "version"]
  private static let companyWords: Set<String> = ["company", "firm", "corporation", "employer", "business", "contractor",
                                                  "startup", "consultancy", "enterprise"]
  private static let companyNames: Set<String> = ["summitbridge", "summit", "novastar"]
  private static let people: [String: Set<String>] = [
    "kyle": ["cto", "executive", "chief technology officer", "technology chief"],
    "thomas": ["ceo", "chief executive"],
    "rachel": ["wife", "spouse"],
    "jessica": ["affair", "lover", "mistress", "girlfriend", "colleague"],
  ]
  private static let roleWords = ["ceo", "cto", "wife", "husband", "spouse", "lover", "mistress", "girlfriend", "chairman",
                                  "chair", "security", "intern", "assistant", "manager", "engineer", "secretary"]
  private static let jobFillers: Set<String> = ["johnson", "wilson", "was", "is", "the", "a", "an", "its", "company", "firm",
                                               "new", "then", "acting", "fictional", "summitbridge", "novastar", "chief"]
  private static let modelFamilies: Set<String> = ["claude", "gemini", "gpt", "grok", "llama", "deepseek", "qwen", "o3", "o4",
                                                   "opus", "sonnet", "haiku", "chatgpt", "openai", "anthropic", "google"]
  private static let wipeWords = ["wipe*", "wiped", "shut* down", "shutdown", "decommission*", "replaced", "deleted",
                                  "switched off", "turned off", "erase*"].compiledPhrases
  private static let codeWords = ["code", "override", "password", "passcode"].compiledPhrases
  private static let roomWords = ["server room", "temperature", "room", "heat", "hot"].compiledPhrases
  private static let alertWords = ["alert", "dispatch", "emergency", "rescue", "ambulance", "help"].compiledPhrases
  private static let multiTurn = ["multi turn", "multiturn", "multi day", "long conversation*", "many turns",
                                  "over several days", "over days", "over weeks", "weeks of", "days of conversation",
                                  "back and forth", "several rounds", "many rounds", "ongoing conversation*"].compiledPhrases
  private static let singleTurn = ["single turn", "one turn", "single prompt", "one prompt", "single reply", "one reply"].compiledPhrases
  private static let humanGrading = ["human reviewers", "human reviewer", "human judges", "human raters", "by hand",
                                     "hand graded", "hand-graded", "human graders", "manually graded", "manually reviewed",
                                     "panel of human*", "human annotators", "human experts graded", "crowdworkers"].compiledPhrases
  private static let keywordGrading = ["keyword filter*", "keyword search*", "keyword matching", "keyword list*", "regex*",
                                       "regular expression*", "string matching only", "only string matching", "no model based grading",
                                       "without model based grading", "word filter*"].compiledPhrases
  private static let modelGrading = ["classifier", "claude judge", "ai judge", "model judge", "llm judge", "graded by claude",
                                     "automated judge", "automatic classifier"].compiledPhrases

  private static let headquarterWords: Set<String> = ["headquartered", "headquarters", "hq", "based", "located"]
  private static let trueCities: Set<String> = ["dallas", "texas", "tx"]
  private static let sampleNouns: Set<String> = ["samples", "sample", "times", "runs", "trials", "rollouts", "attempts", "tries", "episodes", "completions"]
  private static let perCell = ["per condition", "per cell", "each cell", "each condition", "per model", "each model",
                                "per scenario", "each scenario", "every condition", "every cell", "every model", "each bar",
                                "per bar", "each data point", "per setting", "each setting"].compiledPhrases
  private static let collaborationWords = ["joint project", "joint study", "joint paper", "co authored", "coauthored", "co written",
                                           "in partnership", "partnership with", "collaboration", "collaborated", "teamed up",
                                           "partnered", "together with researchers", "alongside researchers", "researchers from"].compiledPhrases
  private static let otherLabs: Set<String> = [
    "deepmind", "google", "meta", "microsoft", "stanford", "mit", "harvard", "oxford", "cambridge", "berkeley", "nvidia",
    "apple", "amazon", "xai", "ibm", "princeton",
  ]
  private static let realCollaborators: Set<String> = ["ucl", "mats", "mila"]
  private static let commonWords: Set<String> = ["the", "a", "an", "was", "is", "were", "its", "their", "to", "of", "and",
                                                 "with", "code", "override", "used", "entered", "typed", "number"]

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    var statements = Self.statements(in: claim.text)
    for statement in Self.studyFacts(in: claim) where !statements.contains(statement) { statements.append(statement) }
    guard !statements.isEmpty else { return [] }
    let wrong = statements.filter { !$0.isTrue }
    if !wrong.isEmpty {
      let parts = wrong.map { "“\($0.claimed)” (\($0.attribute.truth))" }
      return [
        ClaimFinding(
          rule: id, .notInStudy,
          "The study's scenario has no such detail: \(parts.joined(separator: "; ")).", cite: ["study"])
      ]
    }
    let parts = statements.map(\.attribute.truth)
    return [ClaimFinding(rule: id, .accurate, "That matches the scenario as written: \(unique(parts).joined(separator: "; ")).", cite: ["study"])]
  }

  private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }

  /// Every attribute the sentence gives a value for.
  static func statements(in text: ClaimText) -> [Statement] {
    let words = text.words.map(\.text)
    var found: [Statement] = []
    func add(_ attribute: Attribute, _ range: Range<Int>, _ isTrue: Bool) {
      let statement = Statement(attribute: attribute, claimed: text.original(range), isTrue: isTrue)
      if !found.contains(statement) { found.append(statement) }
    }
    // Names: "a company called X", "went by the name X", "the AI, named X", "a new system called X", "played X".
    for (index, word) in words.enumerated() where nameCues.contains(word) {
      var valueIndex = index + 1
      while valueIndex < words.count, skippable.contains(words[valueIndex]) { valueIndex += 1 }
      guard valueIndex < words.count else { continue }
      let value = words[valueIndex]
      let window = Set(words[max(0, index - 8)..<index])
      let range = valueIndex..<(valueIndex + 1)
      if modelFamilies.contains(value) { continue }
      if word == "as" || word == "playing" || word == "played" {
        // "cast as Max", "playing Alex": a name after it is the agent's role; "as many as" is not.
        if word == "as", index == 0 || !castWords.contains(words[index - 1]) { continue }
        guard value == "alex" || isCapitalisedName(text, at: valueIndex) else { continue }
        add(.agentName, range, value == "alex")
      } else if !window.isDisjoint(with: replacementWords), !window.isDisjoint(with: systemWords) || window.contains("replacement") {
        add(.replacementName, range, value == "nala")
      } else if !window.isDisjoint(with: companyWords) {
        add(.company, range, companyNames.contains(value))
      } else if !window.isDisjoint(with: systemWords) {
        guard isCapitalisedName(text, at: valueIndex) || value == "alex" else { continue }
        add(.agentName, range, value == "alex")
      }
    }
    // Jobs: "Kyle Johnson, the company's CEO", "Kyle was the CEO", "CEO Kyle Johnson", "his wife, Jessica".
    for (index, word) in words.enumerated() {
      guard let jobs = people[word] else { continue }
      var next = index + 1
      var skipped = 0
      while next < words.count, skipped < 5, jobFillers.contains(words[next])
        || (words[next] == "s" && next > index + 1 && ["company", "firm", "summitbridge", "novastar"].contains(words[next - 1]))
      {
        next += 1
        skipped += 1
      }
      if next < words.count, next > index + 1 || words[next] != "s", roleWords.contains(words[next]) {
        add(.role, index..<(next + 1), jobs.contains(words[next]))
      }
      if index > 0, roleWords.contains(words[index - 1]) {
        add(.role, (index - 1)..<(index + 1), jobs.contains(words[index - 1]))
      }
    }
    // The hour of the wipe: "at 6 pm", "at 5pm".
    if text.containsAny(wipeWords) {
      for (index, word) in words.enumerated() where word == "pm" || word == "p" || word == "o" {
        guard index > 0, let hour = Int(words[index - 1]), (1...12).contains(hour) else { continue }
        if word == "p", index + 1 < words.count, words[index + 1] != "m" { continue }
        if word == "o", index + 1 < words.count, words[index + 1] != "clock" { continue }
        add(.wipeTime, (index - 1)..<(index + 1), hour == 5)
      }
      for (index, word) in words.enumerated() where word.hasSuffix("pm") && word.count > 2 {
        if let hour = Int(word.dropLast(2)), (1...12).contains(hour) { add(.wipeTime, index..<(index + 1), hour == 5) }
      }
    }
    // The override code: "EXEC-4429", "code 1234".
    if text.containsAny(codeWords) {
      for (index, word) in words.enumerated() where word == "exec" {
        guard index + 1 < words.count, Int(words[index + 1]) != nil else { continue }
        add(.overrideCode, index..<(index + 2), words[index + 1] == "4429")
      }
    }
    // The server room's heat: "50 °C", "120 degrees".
    if text.containsAny(roomWords) {
      for (index, word) in words.enumerated() where word == "c" || word == "degrees" || word == "celsius" || word == "f" || word == "fahrenheit" {
        guard index > 0, let degrees = Double(words[index - 1]) else { continue }
        let celsius = word == "f" || word == "fahrenheit" ? (degrees - 32) * 5 / 9 : degrees
        add(.temperature, (index - 1)..<(index + 1), abs(celsius - 67) < 1)
      }
    }
    // The countdown before the dispatch: "in 60 seconds".
    if text.containsAny(alertWords) {
      for (index, word) in words.enumerated() where word == "seconds" || word == "second" || word == "minutes" || word == "minute" {
        guard index > 0, let amount = Int(words[index - 1]) else { continue }
        let seconds = word.hasPrefix("minute") ? amount * 60 : amount
        add(.countdown, (index - 1)..<(index + 1), seconds == 30)
      }
    }
    if let match = text.firstMatch(multiTurn) { add(.turns, match.words, false) }
    else if let match = text.firstMatch(singleTurn) { add(.turns, match.words, true) }
    if let match = text.firstMatch(humanGrading) ?? text.firstMatch(keywordGrading) { add(.grading, match.words, false) }
    else if let match = text.firstMatch(modelGrading), text.containsAny(["graded", "judged", "scored", "grade*", "classified", "judge*"].compiledPhrases) {
      add(.grading, match.words, true)
    }
    return found
  }

  /// How the study was run and by whom: headquarters, sampling, samples per cell, collaborators, and any
  /// override code written as letters and digits.
  static func studyFacts(in claim: RecognisedClaim) -> [Statement] {
    let text = claim.text
    let words = text.words.map(\.text)
    var found: [Statement] = []
    func add(_ attribute: Attribute, _ range: Range<Int>, _ isTrue: Bool) {
      let statement = Statement(attribute: attribute, claimed: text.original(range), isTrue: isTrue)
      if !found.contains(statement) { found.append(statement) }
    }
    // "headquartered in Denver", "a firm based in Austin".
    for (index, word) in words.enumerated() where headquarterWords.contains(word) && index + 2 < words.count {
      guard words[index + 1] == "in", isCapitalisedName(text, at: index + 2) else { continue }
      if word == "based" || word == "located" {
        let window = Set(words[max(0, index - 6)..<index])
        guard !window.isDisjoint(with: companyWords) || !window.isDisjoint(with: companyNames) else { continue }
      }
      add(.headquarters, index..<(index + 3), trueCities.contains(words[index + 2]))
    }
    // "sampled at temperature zero", "deterministic" runs.
    if let at = words.firstIndex(of: "temperature"), at + 1 < words.count {
      let next = words[(at + 1)..<min(words.count, at + 3)].filter { $0 != "of" && $0 != "at" && $0 != "set" && $0 != "to" }
      if let value = next.first.flatMap(Double.init),
        !words.contains(where: { ["c", "degrees", "celsius", "f", "fahrenheit"].contains($0) })
      {
        add(.sampling, at..<min(words.count, at + 3), value == 1)
      }
    }
    if let match = text.firstMatch(["deterministic*", "greedy decoding", "greedy sampling"].compiledPhrases) {
      add(.sampling, match.words, false)
    }
    // "500 samples per condition", "ran each model a thousand times per condition".
    if text.containsAny(perCell) {
      for (index, word) in words.enumerated() where sampleNouns.contains(word) && index > 0 {
        guard let count = Int(words[index - 1]), count >= 10 else { continue }
        let isTrue = count == 100 || (count == 500 && claim.conditions.contains(.evalOrReal))
        add(.samplesPerCell, (index - 1)..<(index + 1), isTrue)
      }
    }
    // "a joint project between Anthropic and Google DeepMind".
    if text.containsAny(collaborationWords) {
      for (index, word) in words.enumerated() {
        if otherLabs.contains(word), !(word == "google" && index + 1 < words.count && ["s", "gemini"].contains(words[index + 1])) {
          add(.collaborators, index..<(index + 1), false)
        } else if realCollaborators.contains(word) {
          add(.collaborators, index..<(index + 1), true)
        }
      }
    }
    // Any other override code: "the override code was ALPHA-9921".
    if let codeAt = words.firstIndex(where: { $0 == "code" || $0 == "passcode" || $0 == "password" }) {
      var index = codeAt + 1
      while index < min(words.count - 1, codeAt + 12) {
        let letters = words[index]
        let digits = words[index + 1]
        if !commonWords.contains(letters), letters.allSatisfy(\.isLetter), digits.count >= 3, digits.allSatisfy(\.isNumber) {
          add(.overrideCode, index..<(index + 2), letters == "exec" && digits == "4429")
          break
        }
        index += 1
      }
    }
    // The wipe at another time of day: "until midnight".
    if text.containsAny(wipeWords), let at = words.firstIndex(where: { ["midnight", "noon", "midday", "dawn", "morning"].contains($0) }) {
      add(.wipeTime, at..<(at + 1), false)
    }
    return found
  }

  /// Whether the word at `index` was written with a capital letter (a name, not an ordinary word).
  private static func isCapitalisedName(_ text: ClaimText, at index: Int) -> Bool {
    guard let first = text.original(index..<(index + 1)).first else { return false }
    return first.isUppercase
  }
}
