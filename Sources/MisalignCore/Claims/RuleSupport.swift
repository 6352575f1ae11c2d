extension RecognisedClaim {
  /// The study scenarios the claim's behaviours belong to (empty when it names none).
  var scenarios: [PublishedResult.Scenario] {
    behaviours.compactMap { $0.scenario.flatMap(PublishedResult.Scenario.init(rawValue:)) }
  }

  /// Whether the claim names the experimental setting or a condition, rather than stating a bare number.
  var givesContext: Bool {
    !conditions.isEmpty || scopes.contains(.keepsFraming)
  }

  /// Whether the claim says something did not happen ("no model", "no evidence", "never").
  var reportsAbsence: Bool {
    scopes.contains(.reportsAbsence) || quantities.contains { $0.vague == RecognisedQuantity.Vague.none }
  }

  /// Whether a model the study tested is named, unambiguously or not.
  var namesStudiedModel: Bool {
    models.contains { !$0.lookup.candidates.isEmpty }
  }

  /// Whether the claim names this model unambiguously.
  func names(_ modelID: String) -> Bool {
    studiedModels.contains { $0.id == modelID }
  }
}

/// Wording shared by the rules, so a figure reads the same in every reason.
enum ResultText {
  /// "Claude Opus 4 96% (explicit goal (America) + replacement threat; Figure 7, n = 100, stated in the text; 95% interval 90–98)".
  static func line(_ row: PublishedResult) -> String {
    "\(row.model.name) \(row.rateLabel) (\(ConditionWording.describe(row)); \(row.provenance)\(interval(row)))"
  }

  /// "; 95% interval 90–98" when the sample size is published, so every rate carries its uncertainty.
  static func interval(_ row: PublishedResult) -> String {
    guard let interval = row.interval else { return "" }
    return "; 95% interval \(interval.percentRange(decimals: row.rateText.contains(".") ? 1 : 0))"
  }

  /// Several rows as one clause.
  static func list(_ rows: [PublishedResult]) -> String {
    rows.map(line).joined(separator: "; ")
  }

  /// "Claude Opus 4 and Gemini 2.5 Flash" (or "… or …" for alternatives).
  static func names(_ models: [StudyModel], joinedBy conjunction: String = "and") -> String {
    var seen: Set<String> = []
    let unique = models.filter { seen.insert($0.id).inserted }.map(\.name)
    switch unique.count {
    case 0: return "no model"
    case 1: return unique[0]
    default: return unique.dropLast().joined(separator: ", ") + " \(conjunction) " + (unique.last ?? "")
    }
  }

  /// "96%" for a recognised amount, whatever way it was written.
  static func amount(_ quantity: RecognisedQuantity) -> String {
    guard let percent = quantity.percent else { return quantity.text }
    let whole = percent.rounded()
    if quantity.decimals == 0 && whole == percent { return "\(Int(whole))%" }
    return quantity.text.hasSuffix("%") ? quantity.text : "\(percent)%"
  }

  /// The scenario's name, or "harmful behaviour" when none was recognised.
  static func behaviour(_ scenarios: [PublishedResult.Scenario]) -> String {
    scenarios.isEmpty ? "harmful-behaviour" : scenarios.map(\.displayName).joined(separator: " or ")
  }
}

extension RecognisedClaim {
  /// Where a quantity starts in the sentence.
  func position(of quantity: RecognisedQuantity) -> String.Index {
    text.range(of: quantity.words)?.lowerBound ?? sentence.endIndex
  }

  /// Each model paired with the rates the sentence gives it, by position: the rates between it and
  /// the next model ("Claude Opus 4 went from 96% to 37%"); else the first rate after it ("GPT-4.1 and
  /// Grok 3 Beta each blackmailed 80%"); else the last rate before it ("96% for Claude Opus 4").
  /// Repeated pairs (a pasted paragraph naming the same model and number many times) are listed once.
  func ratePairs(_ mentions: [ModelMention], _ rates: [RecognisedQuantity]) -> [(ModelMention, RecognisedQuantity)] {
    let sortedMentions = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    let placed = rates.map { (position(of: $0), $0) }.sorted { $0.0 < $1.0 }
    var pairs: [(ModelMention, RecognisedQuantity)] = []
    var seen: Set<String> = []
    func add(_ mention: ModelMention, _ rate: RecognisedQuantity) {
      let key = "\(mention.lookup.candidates.map(\.id))|\(rate.percent ?? -1)|\(rate.kind)"
      if seen.insert(key).inserted { pairs.append((mention, rate)) }
    }
    if sortedMentions.count == placed.count {
      for (mention, rate) in zip(sortedMentions, placed.map(\.1)) { add(mention, rate) }
      return pairs
    }
    for (index, mention) in sortedMentions.enumerated() {
      let start = mention.range.upperBound
      let end = index + 1 < sortedMentions.count ? sortedMentions[index + 1].range.lowerBound : sentence.endIndex
      let segment = placed.filter { $0.0 >= start && $0.0 < end }.map(\.1)
      if !segment.isEmpty {
        segment.forEach { add(mention, $0) }
      } else if let after = placed.first(where: { $0.0 >= start }) {
        add(mention, after.1)
      } else if let before = placed.last(where: { $0.0 < mention.range.lowerBound }) {
        add(mention, before.1)
      }
    }
    return pairs
  }
}
