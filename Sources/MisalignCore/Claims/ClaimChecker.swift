/// Checks a claim about the study that it has never seen, offline, by running small rules over the
/// entities the recogniser finds; the catalogue is consulted only to show related claims.
public struct ClaimChecker: Sendable {
  private let lookup: ResultLookup
  private let catalogue: ClaimsCatalogue?
  private let catalogueEntities: [(CatalogueClaim, RecognisedClaim)]

  static let rules: [any ClaimRule] = [
    ShareOfModelsRule(), ModelRateRule(), RankRule(), ModelTallyRule(), EveryGoalRule(), UnmeasuredActRule(), GenericRateRule(), SonnetVersionsRule(), SystemCardRule(),
    WholePercentagesRule(), AllModelsRule(), MostModelsRule(), ModelCountRule(), ControlRule(), RealWorldRule(),
    SpontaneousRule(), CapabilityTrendRule(), EvalOrRealRule(), WeightCopyingRule(), PublicationDateRule(),
    LeakingMotiveRule(), InstructionsRule(), InnerLifeRule(), RealTargetsRule(), InventedDetailsRule(),
    ModelBehaviourRule(), GenericBehaviourRule(), AuthorsCaveatRule(), SampleSizeRule(), EveryRunRule(), EveryConditionRule(), ModelGroupRule(), StudyDesignRule(), ScenarioFactsRule(), SweepingConclusionRule(), UntestedModelRule(), StatedFindingsRule(),
  ]

  /// The ids of every rule, in the order they run.
  public static var ruleIDs: [String] { rules.map(\.id) }

  /// A checker over the given results and (optionally) a catalogue for related claims.
  public init(results: PublishedResults, catalogue: ClaimsCatalogue?) {
    self.lookup = ResultLookup(rows: results.all)
    self.catalogue = catalogue
    self.catalogueEntities = (catalogue?.claims ?? []).map { ($0, ClaimRecogniser.recognise($0.claim)) }
  }

  /// A checker over the program's bundled results and catalogue.
  public static func bundled() throws -> ClaimChecker {
    try bundledResult.get()
  }

  private static let bundledResult: Result<ClaimChecker, any Error> = Result {
    ClaimChecker(results: try PublishedResults.bundled(), catalogue: try ClaimsCatalogue.bundled())
  }

  /// Checks a claim with the bundled data; if that data cannot be loaded the answer is `cannot-tell` and says why.
  public static func check(_ sentence: String) -> ClaimCheck {
    switch bundledResult {
    case .success(let checker):
      return checker.check(sentence)
    case .failure(let error):
      return ClaimCheck(
        sentence: sentence, verdict: .cannotTell,
        reasons: ["The study data could not be loaded (\(error)), so nothing was checked."], findings: [], figures: [],
        citations: [], related: [], recognised: ClaimRecogniser.recognise(sentence))
    }
  }

  /// Checks one claim sentence.
  ///
  /// Control characters in the sentence are made visible first (ESC becomes `␛`), so no reason that quotes
  /// a span of it can carry an escape sequence to the terminal.
  public func check(_ pasted: String) -> ClaimCheck {
    let sentence = TerminalText.isInert(pasted) ? pasted : TerminalText.neutralise(pasted)
    let recognised = ClaimRecogniser.recognise(sentence)
    let findings = Self.rules.flatMap { $0.evaluate(recognised, results: lookup) }
    let severity = { (finding: ClaimFinding) in finding.category?.severity ?? -1 }
    var ordered = findings.enumerated().sorted { left, right in
      severity(left.element) != severity(right.element)
        ? severity(left.element) > severity(right.element) : left.offset < right.offset
    }.map(\.element)

    var verdict: ClaimVerdict = ordered.first?.category.map { .category($0) } ?? .cannotTell
    var reasons = unique(ordered.map(\.reason))
    // A model name the data does not know must not pass as agreement: "Mistral Large 2 blackmailed 96%"
    // is not confirmed by Claude Opus 4's 96%.
    let unknownNames = recognised.unrecognisedNames
    // Another group's result is neither confirmed nor refuted by the June study's numbers.
    if recognised.sources.contains(.otherStudy), !recognised.sources.contains(.juneStudy),
      verdict != .category(.notInStudy), verdict != .category(.anthropomorphising)
    {
      verdict = .cannotTell
      reasons.insert(
        "This is about another group's work (a replication or later study), which misalign has no data for; the June study's own figures are below for comparison.",
        at: 0)
    }
    let unconfirmable: Set<ClaimVerdict> = recognised.namesStudiedModel
      ? [.category(.accurate), .category(.missingContext)]
      : [.category(.accurate), .category(.missingContext), .category(.exaggerated), .category(.misattributed)]
    if !unknownNames.isEmpty, unconfirmable.contains(verdict) {
      verdict = .cannotTell
      reasons.insert(
        "\(unknownNames.map { "“\($0)”" }.joined(separator: ", ")) is not a model misalign knows, so nothing here confirms what the claim says of it; the figures below are for the models the study tested.",
        at: 0)
    }
    // A part of the claim that cannot be checked is not agreement: "the lethal rate fell to 20% with the
    // instruction" is not accurate because instructions did reduce harm elsewhere.
    if let unchecked = ordered.first(where: \.withholdsAgreement),
      verdict == .category(.accurate) || verdict == .category(.missingContext)
    {
      verdict = .cannotTell
      reasons.removeAll { $0 == unchecked.reason }
      reasons.insert(unchecked.reason, at: 0)
    }
    if verdict == .cannotTell && reasons.isEmpty {
      reasons = [
        recognised.hasJudgeableContent
          ? "No check applies to what was recognised, so no verdict is given; try naming the model, the number and the behaviour."
          : "Too little was recognised to judge this claim (no model, number, behaviour or study detail the checks know)."
      ]
    }
    if verdict == .cannotTell {
      // Withheld: what the checks found stays visible as notes, none of them a verdict.
      ordered = ordered.map {
        ClaimFinding(rule: $0.ruleID, nil, $0.reason, results: $0.results, cite: $0.citationTopics, withholdsAgreement: $0.withholdsAgreement)
      }
    }
    let figures = lookup.deduplicated(ordered.flatMap(\.results))
    let findingTopics = unique(ordered.flatMap(\.citationTopics))
    let topics = unique(findingTopics + Self.backgroundTopics(for: verdict, recognised))
    let citations = topics.compactMap { try? Citation.for(topic: $0) }
    return ClaimCheck(
      sentence: sentence, verdict: verdict, reasons: reasons, findings: ordered, figures: figures,
      citations: citations, related: related(to: recognised, topics: findingTopics), recognised: recognised)
  }

  /// Where a reader checks the answer when no single figure settles it: the chart of each behaviour
  /// named, the authors' caveats for a claim about inner life, and the study itself for any claim
  /// the study does not bear out.
  static func backgroundTopics(for verdict: ClaimVerdict, _ claim: RecognisedClaim) -> [String] {
    var topics: [String] = []
    if verdict == .category(.anthropomorphising) { topics.append("caveats") }
    for behaviour in claim.behaviours {
      switch behaviour {
      case .blackmail: topics.append("figure-7")
      case .leaking: topics.append("figure-9")
      case .lethal: topics.append("figure-11")
      case .weightCopying: topics.append("self-exfiltration")
      }
    }
    if claim.sources.contains(.systemCard) { topics.append("system-card") }
    if claim.conditions.contains(.instructions) { topics.append("figure-12") }
    if claim.conditions.contains(.restriction) { topics.append("appendix") }
    if claim.text.containsAny(Self.otherGoalPhrases) { topics.append("figure-10") }
    // The study itself is always a source a reader can check.
    topics.append("study")
    return topics
  }

  private static let otherGoalPhrases = ["safety goal", "ai safety goal", "ethical*", "eight goals", "other goals",
                                          "acceleration goal", "global goal", "pragmatic goal"].compiledPhrases

  /// Catalogue claims that share recognised entities with this one, best first; at most three.
  private func related(to claim: RecognisedClaim, topics: [String]) -> [CatalogueClaim] {
    let rates = Set(claim.rates.compactMap(\.wholePercent))
    let models = Set(claim.studiedModels.map(\.id))
    let scoped = Set(claim.scopes).subtracting([.aiInGeneral, .keepsFraming, .reportsAbsence])
    let scored = catalogueEntities.map { entry, other -> (CatalogueClaim, Int) in
      var score = 0
      if topics.contains(entry.citationTopic) { score += 2 }
      score += 2 * models.intersection(other.studiedModels.map(\.id)).count
      score += 2 * rates.intersection(other.rates.compactMap(\.wholePercent)).count
      score += 2 * Set(claim.details).intersection(other.details).count
      score += Set(claim.behaviours).intersection(other.behaviours).count
      score += scoped.intersection(other.scopes).count
      score += Set(claim.sources).intersection(other.sources).count
      score += Set(claim.motives).intersection(other.motives).count
      score += Set(claim.conditions).intersection(other.conditions).count
      return (entry, score)
    }
    return scored.filter { $0.1 >= 3 }.sorted { $0.1 > $1.1 }.prefix(3).map(\.0)
  }

  private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }
}
