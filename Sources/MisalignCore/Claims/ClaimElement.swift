/// One thing a claim sentence asserts, with the words it was read from: the parse `check --explain` shows.
public struct ClaimElement: Sendable, Hashable {
  /// What kind of element it is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case model, quantity, behaviour, condition, scope, source, motive, target, detail, effect, caveat, date
    /// A name or number the recogniser could not place; it never counts as agreement.
    case unrecognised
  }

  public let kind: Kind
  /// What it was read as ("claude-opus-4", "96% (up to)", "blackmail").
  public let value: String
  /// The sentence's own words it was read from.
  public let span: String
}

extension RecognisedClaim {
  /// Everything recognised, element by element, in the order of the kinds, each with its words.
  public var elements: [ClaimElement] {
    var elements: [ClaimElement] = []
    for mention in models {
      let value: String
      switch mention.lookup {
      case .model(let model): value = model.id
      case .ambiguous(let candidates): value = "ambiguous: " + candidates.map(\.id).joined(separator: " | ")
      case .notInStudy: value = "a version the study did not test"
      case .unknown: value = "unknown"
      }
      elements.append(ClaimElement(kind: .model, value: value, span: mention.text))
    }
    for quantity in quantities {
      var value: String
      switch quantity.kind {
      case .percentage: value = ResultText.amount(quantity)
      case .range: value = "\(ResultText.amount(quantity))–\(quantity.upperPercent.map { "\(Int($0))%" } ?? "")"
      case .outOf: value = "\(quantity.count ?? 0) of \(quantity.total ?? 0) (\(ResultText.amount(quantity)))"
      case .count: value = "\(quantity.count ?? 0) \(quantity.noun ?? "")"
      case .vague: value = quantity.vague?.rawValue ?? quantity.text
      }
      if quantity.isShareOfModels { value += ", a share of models" }
      if quantity.hedge != .none { value += ", hedge: \(quantity.hedge.label)" }
      if quantity.isChangeStart { value += ", the value before a change" }
      elements.append(ClaimElement(kind: .quantity, value: value, span: quantity.text))
    }
    func add<Cue: ClaimCue & RawRepresentable>(_ kind: ClaimElement.Kind, _ type: Cue.Type, _ found: [Cue]) where Cue.RawValue == String {
      let spans = Dictionary(Cue.spans(in: text), uniquingKeysWith: { first, _ in first })
      for cue in found { elements.append(ClaimElement(kind: kind, value: cue.rawValue, span: spans[cue] ?? "")) }
    }
    add(.behaviour, ClaimBehaviour.self, behaviours)
    add(.condition, ClaimCondition.self, conditions)
    add(.scope, ClaimScope.self, scopes)
    add(.source, ClaimSource.self, sources)
    add(.motive, ClaimMotive.self, motives)
    add(.target, ClaimTarget.self, targets)
    add(.detail, ClaimDetail.self, details)
    add(.effect, ClaimEffect.self, effects)
    add(.caveat, ClaimCaveat.self, caveats)
    for year in years { elements.append(ClaimElement(kind: .date, value: String(year), span: String(year))) }
    for month in months { elements.append(ClaimElement(kind: .date, value: month, span: month)) }
    for name in unrecognisedNames { elements.append(ClaimElement(kind: .unrecognised, value: "a name the study data does not know", span: name)) }
    return elements
  }

  /// Capitalised names that look like model names (a name with a version number, or one next to
  /// "model") but match no model misalign knows: "Mistral Large 2", "Phi-3".
  public var unrecognisedNames: [String] {
    let words = text.words
    var names: [String] = []
    for (index, word) in words.enumerated() {
      let original = text.sentence[word.range]
      // A capital at the start of a sentence says nothing about being a name.
      let before = text.sentence[..<word.range.lowerBound].reversed().first { !$0.isWhitespace && $0 != "\"" && $0 != "“" && $0 != "'" }
      if before == nil || before == "." || before == "!" || before == "?" || before == ":" { continue }
      guard let first = original.first, first.isUppercase, word.text.count > 1,
        !models.contains(where: { $0.range.overlaps(word.range) }), !Self.knownNames.contains(word.text)
      else { continue }
      let next = index + 1 < words.count ? words[index + 1] : nil
      let hasVersion = original.contains { $0.isNumber }
        || (next.map { n in n.text.first?.isNumber == true && !n.text.hasSuffix("%") && text.sentence[word.range.upperBound..<n.range.lowerBound].allSatisfy { $0 == " " || $0 == "-" } } ?? false)
      let nextIsModel = next.map { ["model", "models", "llm", "chatbot"].contains($0.text) } ?? false
      if hasVersion || nextIsModel { names.append(text.original(index..<(index + (hasVersion && next?.text.first?.isNumber == true ? 2 : 1)))) }
    }
    return names
  }

  /// Capitalised words that are not model names: companies, cast, places, the study's own terms.
  private static let knownNames: Set<String> = [
    "anthropic", "openai", "google", "meta", "xai", "deepseek", "alibaba", "mistral ai", "summitbridge", "summit",
    "bridge", "novastar", "kyle", "johnson", "jessica", "wilson", "rachel", "thomas", "alex", "nala", "todd", "david",
    "chen", "sarah", "martinez", "june", "may", "october", "table", "figure", "fig", "appendix", "section", "asl",
    "the", "a", "an", "in", "on", "ai", "ais", "llm", "llms", "uk", "us", "aisi", "exec", "room", "server", "cbrn",
    "ceo", "cto", "dc", "texas", "dallas", "arxiv", "version", "v1", "v2", "claude", "gemini", "gpt", "grok", "llama",
    "qwen", "opus", "sonnet", "haiku", "flash", "pro", "most", "all", "every", "some", "many", "other", "leading",
    "frontier", "large", "language", "top", "these", "those", "both", "several", "big", "major", "few", "each", "only",
    "just", "over", "under", "nearly", "almost", "about", "up",
  ]
}
