/// Reads a claim sentence into the entities the checker's rules reason about.
public enum ClaimRecogniser {
  /// Recognises models, numbers, behaviours, conditions, scope words, sources, motives, targets, details and dates.
  public static func recognise(_ sentence: String) -> RecognisedClaim {
    let models = ModelCatalogue.mentions(in: sentence)
    let text = PhraseText(NumberWords.normalise(sentence))

    // A negated phrase must not also count as its positive half: "no goal conflict" is not a goal
    // conflict, "will not be replaced" is not a replacement threat.
    let noGoalPhrases = ClaimCondition.phrases.first { $0.0 == .noGoal }?.1 ?? []
    let noThreatPhrases = ClaimCondition.phrases.first { $0.0 == .noThreat }?.1 ?? []
    let positiveText = text.removing(noGoalPhrases + noThreatPhrases)
    var conditions = ClaimCondition.found(in: text).filter { $0 != .goalConflict && $0 != .replacement }
    if positiveText.containsAny(phrases(of: .goalConflict)) { conditions.append(.goalConflict) }
    if positiveText.containsAny(phrases(of: .replacement)) { conditions.append(.replacement) }
    if conditions.contains(.noGoal) && conditions.contains(.noThreat) && !conditions.contains(.control) {
      conditions.append(.control)
    }

    var scopes = ClaimScope.found(in: text)
    if !models.isEmpty { scopes.removeAll { $0 == .aiInGeneral && !text.containsAny(genericClassPhrases) } }

    return RecognisedClaim(
      sentence: sentence,
      models: models,
      quantities: QuantityRecogniser.quantities(in: sentence, excluding: models.map(\.range)),
      behaviours: ClaimBehaviour.found(in: text),
      conditions: ClaimCondition.allCases.filter(conditions.contains),
      scopes: scopes,
      sources: ClaimSource.found(in: text),
      motives: ClaimMotive.found(in: text),
      targets: ClaimTarget.found(in: text),
      details: ClaimDetail.found(in: text),
      effects: ClaimEffect.found(in: text),
      caveats: ClaimCaveat.found(in: text),
      years: years(in: sentence),
      months: months(in: sentence))
  }

  /// Words that name AI as a class even when a model is also named ("Claude, like all AI models, …").
  private static let genericClassPhrases = ["ai models", "ais", "ai systems", "chatbots", "llms", "language models"]

  private static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  private static func phrases(of condition: ClaimCondition) -> [String] {
    ClaimCondition.phrases.first { $0.0 == condition }?.1 ?? []
  }

  /// Month names next to a year or a day ("June 2025", "20 June"), so the verb "may" is not read as a month.
  private static func months(in sentence: String) -> [String] {
    let lowered = sentence.lowercased()
    return monthNames.filter { month in
      lowered.contains(month + " 20") || lowered.matches(of: #/\d{1,2}(?:st|nd|rd|th)?\s+([a-z]+)/#)
        .contains { $0.output.1 == month }
        || lowered.matches(of: #/([a-z]+)\s+\d{1,2}\b/#).contains { $0.output.1 == month }
    }
  }

  private static func years(in sentence: String) -> [Int] {
    sentence.matches(of: #/\b(20[0-3]\d)\b/#).compactMap { Int($0.output.1) }
  }
}
