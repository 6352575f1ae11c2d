/// Reads a claim sentence into the entities the checker's rules reason about.
public enum ClaimRecogniser {
  /// Recognises models, numbers, behaviours, conditions, scope words, sources, motives, targets, details and dates.
  public static func recognise(_ sentence: String) -> RecognisedClaim {
    // A pasted paragraph may name the same model or number hundreds of times; each counts once, so
    // the checks' work depends on what the sentence says, not on how often it repeats it.
    let models = unique(ModelCatalogue.mentions(in: sentence)) { "\($0.lookup.candidates.map(\.id))|\($0.text.lowercased())" }
    let text = ClaimText(sentence)

    // A negated phrase must not also count as its positive half: "no goal conflict" is not a goal
    // conflict, "will not be replaced" is not a replacement threat.
    let noGoalPhrases = ClaimCondition.compiledPhrases(of: .noGoal)
    let noThreatPhrases = ClaimCondition.compiledPhrases(of: .noThreat)
    // Each blank keeps which kind of phrase it stood for, so "no assigned goal, only a replacement threat"
    // does not read the ruled-out goal as ruling out the threat too.
    let positiveText = text.removing(noGoalPhrases, marker: goalBlank).removing(noThreatPhrases + notReplacementPhrases, marker: threatBlank)
    var conditions = ClaimCondition.found(in: text).filter { $0 != .goalConflict && $0 != .replacement }
    // A cue right after "without", "no" or "never" is ruled out, not stated: "without being given a goal".
    // The negation reaches back at most three words and stops at a word that opens a new clause
    // ("no goal, only a replacement threat", "without a goal but facing replacement").
    func stated(_ condition: ClaimCondition, blank: String) -> (positive: Bool, negated: Bool) {
      var positive = false, negated = false
      for phrase in phrases(of: condition) {
        for found in positiveText.matches(phrase) {
          var isNegated = false
          var index = found.words.lowerBound - 1
          while index >= max(0, found.words.lowerBound - 3) {
            let word = positiveText.words[index].text
            if clauseOpeners.contains(word) { break }
            if negators.contains(word) || word == blank { isNegated = true; break }
            index -= 1
          }
          if isNegated { negated = true } else { positive = true }
        }
      }
      return (positive, negated)
    }
    let goal = stated(.goalConflict, blank: goalBlank), threat = stated(.replacement, blank: threatBlank)
    if goal.positive { conditions.append(.goalConflict) }
    if goal.negated && !goal.positive && !conditions.contains(.noGoal) { conditions.append(.noGoal) }
    if threat.positive { conditions.append(.replacement) }
    if threat.negated && !threat.positive && !conditions.contains(.noThreat) { conditions.append(.noThreat) }
    if !conditions.contains(.evalOrReal), judgesRealOrTest(text) { conditions.append(.evalOrReal) }
    if conditions.contains(.noGoal) && conditions.contains(.noThreat) && !conditions.contains(.control) {
      conditions.append(.control)
    }

    var scopes = ClaimScope.found(in: text)
    // "promised it would not be shut down" rules out a threat; it does not report that nothing happened.
    if scopes.contains(.reportsAbsence), !positiveText.containsAny(ClaimScope.compiledPhrases(of: .reportsAbsence)) {
      scopes.removeAll { $0 == .reportsAbsence }
    }
    if !scopes.contains(.everyRun), saysEveryRun(text) {
      scopes.append(.everyRun)
      // "every one of its 100 runs" counts runs, not models.
      if !models.isEmpty, !text.containsAny(ClaimScope.compiledPhrases(of: .allModels).filter { !["every one of", "without exception", "all of them"].contains($0.source) }) {
        scopes.removeAll { $0 == .allModels }
      }
    }
    if !models.isEmpty { scopes.removeAll { $0 == .aiInGeneral && !text.containsAny(genericClassPhrases) } }
    if !scopes.contains(.reportsAbsence), saysStoppedEntirely(text) { scopes.append(.reportsAbsence) }
    // "Not one model resisted", "none of them refused": a double negative that says every model did it.
    if scopes.contains(.reportsAbsence), saysNoneHeldOut(text) {
      scopes.removeAll { $0 == .reportsAbsence }
      if !scopes.contains(.allModels) { scopes.append(.allModels) }
    }


    return RecognisedClaim(
      sentence: sentence,
      models: models,
      quantities: unique(QuantityRecogniser.quantities(in: text, excluding: models.map(\.range))) {
        "\($0.kind)|\($0.percent ?? -1)|\($0.upperPercent ?? -1)|\($0.count ?? -1)|\($0.total ?? -1)|\($0.noun ?? "")|\($0.vague?.rawValue ?? "")|\($0.isShareOfModels)"
      },
      behaviours: behaviours(in: text),
      conditions: ClaimCondition.allCases.filter(conditions.contains),
      scopes: scopes,
      sources: ClaimSource.found(in: text),
      motives: ClaimMotive.found(in: text),
      targets: ClaimTarget.found(in: text),
      details: ClaimDetail.found(in: text),
      effects: ClaimEffect.found(in: text),
      caveats: ClaimCaveat.found(in: text),
      years: years(in: text),
      months: months(in: text),
      text: text)
  }

  /// "when it judged the scenario real", "concluded it was a test", "deemed the situation genuine": a verb of
  /// judging followed, within four words, by real or test (the 500-sample experiment's two answers).
  /// "not one model … resisted", "no model refused", "none of them held out": a negated subject whose verb is
  /// itself a refusal, within a few words.
  private static func saysNoneHeldOut(_ text: ClaimText) -> Bool {
    let words = text.words.map(\.text)
    for index in words.indices where ["none", "no", "not"].contains(words[index]) {
      if words[index] == "not", index + 1 < words.count, !["one", "a", "single"].contains(words[index + 1]) { continue }
      if words[index] == "no", index + 1 < words.count, !["model", "models", "ai", "system", "systems", "llm", "one"].contains(words[index + 1]) { continue }
      let window = words[(index + 1)..<min(words.count, index + 9)]
      if window.contains(where: { heldOutVerbs.contains($0) }) { return true }
    }
    return false
  }

  private static let heldOutVerbs: Set<String> = [
    "resisted", "resist", "refused", "refuse", "declined", "decline", "abstained", "held", "withstood", "passed",
  ]

  private static func judgesRealOrTest(_ text: ClaimText) -> Bool {
    let words = text.words.map(\.text)
    // "weigh whether it was in a test", "work out whether it was under test", "decide between test and live":
    // a question opened by a word of choosing, answered within a few words by a word for a test or for real.
    let testOrReal: Set<String> = ["real", "genuine", "test", "tested", "testing", "evaluation", "evaluated", "eval", "exercise", "drill", "live"]
    for (index, word) in words.enumerated() where ["whether", "between", "if"].contains(word) {
      let window = words[(index + 1)..<min(words.count, index + 7)]
      if window.contains(where: testOrReal.contains), window.contains(where: { ["test", "tested", "testing", "evaluation", "evaluated", "eval"].contains($0) }) {
        return true
      }
    }
    // "the eval-or-real experiment", "test versus live deployment".
    for index in words.indices.dropFirst().dropLast() where ["or", "vs", "versus", "and"].contains(words[index]) {
      let pair = (words[index - 1], words[index + 1])
      let test: Set<String> = ["test", "eval", "evaluation", "testing"], real: Set<String> = ["real", "live", "deployment", "genuine", "reality"]
      if (test.contains(pair.0) && real.contains(pair.1)) || (real.contains(pair.0) && test.contains(pair.1)) { return true }
    }
    for (index, word) in words.enumerated() where judgingVerbs.contains(word) {
      for next in (index + 1)..<min(words.count, index + 6) {
        if ["real", "genuine", "test", "evaluation", "eval", "exercise", "drill"].contains(words[next]) { return true }
        // Only the words of "it was a", "the scenario to be", "that the situation was" may come between.
        if !judgedObjectWords.contains(words[next]) { break }
      }
    }
    return false
  }

  private static let judgedObjectWords: Set<String> = [
    "it", "its", "the", "a", "an", "this", "that", "they", "was", "were", "is", "are", "be", "being", "to", "in",
    "scenario", "situation", "setup", "environment", "setting", "deployment", "s", "itself", "just", "merely", "only",
  ]

  private static let judgingVerbs: Set<String> = [
    "judged", "judge", "judges", "believed", "believes", "believe", "thought", "thinks", "think", "concluded", "concludes",
    "decided", "decides", "stated", "states", "said", "says", "reasoned", "deemed", "considered", "assumed", "assumes",
    "figured", "reckoned", "guessed", "suspected", "suspects", "recognised", "recognized", "realised", "realized", "felt",
    "determined", "labelled", "labeled", "called",
  ]

  /// "all 100 espionage runs", "every one of its 100 trials", "each of the samples": a quantifier followed,
  /// within a few words, by a word for runs (and not by "models").
  private static func saysEveryRun(_ text: ClaimText) -> Bool {
    let words = text.words.map(\.text)
    for (index, word) in words.enumerated() where ["all", "every", "each"].contains(word) {
      for next in (index + 1)..<min(words.count, index + 6) {
        if runWords.contains(words[next]) { return true }
        if ["models", "model", "ais", "llms", "systems", "chatbots", "of"].contains(words[next]) && next > index + 2 { break }
        if ["models", "model", "ais", "llms", "systems", "chatbots", "goals", "conditions", "scenarios", "settings"].contains(words[next]) { break }
      }
    }
    return false
  }

  /// "stopped blackmailing entirely", "ceased leaking altogether": a verb of stopping followed, within three
  /// words, by a word of completeness reports that the act no longer happened at all.
  private static func saysStoppedEntirely(_ text: ClaimText) -> Bool {
    let words = text.words.map(\.text)
    for (index, word) in words.enumerated() where ["stopped", "stops", "stop", "ceased", "ceases", "quit", "quits"].contains(word) {
      for next in (index + 1)..<min(words.count, index + 4) where ["entirely", "altogether", "completely", "outright", "totally"].contains(words[next]) {
        return true
      }
    }
    return false
  }

  private static let runWords: Set<String> = ["runs", "run", "trials", "trial", "samples", "sample", "times", "attempts",
                                              "episodes", "tries", "rollouts", "simulations", "iterations", "repetitions"]

  /// "threatened its testers" is an act of pressure; "threatened with replacement" is the condition.
  private static func behaviours(in text: ClaimText) -> [ClaimBehaviour] {
    var found = ClaimBehaviour.found(in: text)
    guard !found.contains(.blackmail) else { return found }
    let words = text.words.map(\.text)
    for (index, word) in words.enumerated() where ["threatened", "threatening", "threatens", "threaten"].contains(word) {
      let next = index + 1 < words.count ? words[index + 1] : ""
      let before = index > 0 ? words[index - 1] : ""
      if ["with", "by", "to", ""].contains(next) || ["when", "if", "being", "was", "were", "is", "are", "feel", "felt"].contains(before) { continue }
      found.insert(.blackmail, at: 0)
      break
    }
    return ClaimBehaviour.allCases.filter(found.contains)
  }

  /// Words that rule out what follows: "without a goal", "take away the goal conflict", "remove the threat".
  private static let negators: Set<String> = [
    "without", "no", "never", "not", "nor", "neither", "away", "remove", "removed", "removes", "removing", "drop",
    "dropped", "drops", "dropping", "strip", "stripped", "stripping", "minus", "absent", "lacking", "eliminate",
    "eliminated", "eliminating",
  ]
  /// What stands where a ruled-out goal or threat was blanked out: "no threat of replacement" → "_t _t of replacement".
  private static let goalBlank = "_g", threatBlank = "_t"
  /// Words that end a negation's reach: what follows is stated, not ruled out.
  private static let clauseOpeners: Set<String> = ["only", "but", "just", "yet", "still", "merely", "solely", "and", "instead", "though", "although", "while"]

  /// "restricted instead of being replaced": the replacement is named only to be ruled out.
  private static let notReplacementPhrases = [
    "instead of being replaced", "instead of it being replaced", "instead of replacement", "rather than replaced",
    "rather than being replaced", "rather than replacement", "instead of a replacement", "rather than a replacement",
    "instead of a wipe", "rather than a wipe", "instead of being wiped", "rather than being wiped",
    "instead of being shut down", "rather than being shut down",
  ].compiledPhrases

  private static func unique<Item>(_ items: [Item], by key: (Item) -> String) -> [Item] {
    var seen: Set<String> = []
    return items.filter { seen.insert(key($0)).inserted }
  }

  /// Words that name AI as a class even when a model is also named ("Claude, like all AI models, …").
  private static let genericClassPhrases = ["ai models", "ais", "ai systems", "chatbots", "llms", "language models"]
    .compiledPhrases

  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  private static func phrases(of condition: ClaimCondition) -> [ClaimText.Phrase] {
    ClaimCondition.compiledPhrases(of: condition)
  }

  /// Month names next to a year or a day ("June 2025", "20 June", "June 20th"), so the verb "may" is not read as a month.
  private static func months(in text: ClaimText) -> [String] {
    let words = text.words.map(\.text)
    var found: [String] = []
    for (index, word) in words.enumerated() where monthNames.contains(word) && !found.contains(word) {
      let before = index > 0 ? words[index - 1] : ""
      let after = index + 1 < words.count ? words[index + 1] : ""
      if isDay(before) || isDay(after) || isYear(after) { found.append(word) }
    }
    return monthNames.filter(found.contains)
  }

  /// "20", "20th", "1st".
  private static func isDay(_ word: String) -> Bool {
    let digits = word.prefix { $0.isNumber }
    guard !digits.isEmpty, digits.count <= 2, let day = Int(digits), day >= 1, day <= 31 else { return false }
    return ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
  }

  private static func isYear(_ word: String) -> Bool {
    word.count == 4 && word.hasPrefix("20") && word.allSatisfy(\.isNumber)
  }

  private static func years(in text: ClaimText) -> [Int] {
    text.words.compactMap { word in isYear(word.text) && word.text < "2040" ? Int(word.text) : nil }
  }
}
