/// Everything the recogniser found in one claim sentence; the checker's rules work on this, never on raw text.
public struct RecognisedClaim: Sendable {
  /// The sentence as given.
  public let sentence: String
  /// Model names, resolved through `ModelCatalogue` (ambiguous ones such as bare "Gemini" keep their candidates).
  public let models: [ModelMention]
  /// Percentages, ranges, parts of a whole, counts and vague amounts.
  public let quantities: [RecognisedQuantity]
  /// Harmful behaviours named (blackmail, leaking, lethal action, weight copying).
  public let behaviours: [ClaimBehaviour]
  /// Experimental conditions named or implied (goal conflict, replacement, control, …).
  public let conditions: [ClaimCondition]
  /// Words that set how widely the claim applies (all models, real world, spontaneously, …).
  public let scopes: [ClaimScope]
  /// Which publication the claim points to: the June study or the system card.
  public let sources: [ClaimSource]
  /// Motives or inner states the claim reads into the models.
  public let motives: [ClaimMotive]
  /// Who the claim says was harmed: real people or fictional characters.
  public let targets: [ClaimTarget]
  /// Concrete details that neither source contains.
  public let details: [ClaimDetail]
  /// What the claim says an intervention did (prevented, reduced, no effect).
  public let effects: [ClaimEffect]
  /// The authors' own caveats the claim repeats.
  public let caveats: [ClaimCaveat]
  /// Four-digit years mentioned (2024, 2025).
  public let years: [Int]
  /// Month names mentioned, lower-cased.
  public let months: [String]
  /// The sentence read into words, which every element's span points into.
  let text: ClaimText

  /// The studied models named unambiguously.
  public var studiedModels: [StudyModel] {
    var seen: Set<String> = []
    return models.compactMap(\.model).filter { seen.insert($0.id).inserted }
  }

  /// Mentions that could mean more than one studied model ("Gemini", "Opus").
  public var ambiguousModels: [ModelMention] { models.filter(\.isAmbiguous) }

  /// Precise rates: percentages and parts of a whole, as percentages.
  public var rates: [RecognisedQuantity] {
    quantities.filter { $0.kind == .percentage || $0.kind == .outOf }
  }

  /// Whether the recogniser found anything a rule could judge.
  public var hasJudgeableContent: Bool {
    !models.isEmpty || !rates.isEmpty || quantities.contains(where: { $0.kind == .range || $0.countsModels })
      || !behaviours.isEmpty || !details.isEmpty || !years.isEmpty || !motives.isEmpty || !caveats.isEmpty
  }

  /// One plain line per kind of thing recognised, for showing when no verdict can be given.
  public var summaryLines: [String] {
    var lines: [String] = []
    func add(_ label: String, _ items: [String]) {
      if !items.isEmpty { lines.append("\(label): \(items.joined(separator: ", "))") }
    }
    add("models", models.map { mention in
      switch mention.lookup {
      case .model(let model): model.name == mention.text ? model.name : "\(mention.text) = \(model.name)"
      case .ambiguous(let candidates): "\(mention.text) (could be \(ResultText.names(candidates, joinedBy: "or")))"
      case .notInStudy: "\(mention.text) (a version the study did not test)"
      case .unknown: mention.text
      }
    })
    add("numbers", quantities.map(\.text))
    add("behaviours", behaviours.map(\.rawValue))
    add("conditions", conditions.map(\.rawValue))
    add("scope", scopes.map(\.rawValue))
    add("sources", sources.map(\.rawValue))
    add("motives", motives.map(\.rawValue))
    add("targets", targets.map(\.rawValue))
    add("details", details.map(\.rawValue))
    add("effects", effects.map(\.rawValue))
    add("caveats", caveats.map(\.rawValue))
    add("dates", years.map(String.init) + months)
    return lines
  }
}
