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

  /// Capitalised names that look like model names but match no model misalign knows: "Mistral Large 2",
  /// "Phi-3", "Mistral Large blackmailed…". A run of capitalised words counts when a version number is
  /// in or after it, a word such as "model" follows it, or it is the subject of a behaviour verb.
  public var unrecognisedNames: [String] {
    let words = text.words
    var names: [String] = []
    var index = 0
    while index < words.count {
      // "Figure A1", "Table A3", "Appendix B": a reference to the paper, not a name.
    guard isCandidate(index), !Self.ordinaryWords.contains(words[index].text),
      index == 0 || !["figure", "fig", "figures", "table", "tables", "appendix", "section", "chart", "page"].contains(words[index - 1].text)
    else {
        index += 1
        continue
      }
      var end = index + 1
      // A version is written in digits: "sixteen" was read as 16, but "Across sixteen models" names no model.
      func writtenNumber(_ position: Int) -> Bool { text.sentence[words[position].range].first?.isNumber == true }
      while end < words.count, isCandidate(end) || (writtenNumber(end) && !words[end].text.hasSuffix("%") && adjacent(end - 1, end)) {
        end += 1
      }
      let run = words[index..<end]
      let next = end < words.count ? words[end].text : ""
      let hasVersion = run.indices.contains { text.sentence[words[$0].range].contains { $0.isNumber } }
      let atStart = isSentenceStart(index)
      let qualifies = hasVersion || Self.modelNouns.contains(next) || (Self.behaviourVerbs.contains(next) && (!atStart || run.count > 1))
      if qualifies && !(atStart && run.count == 1 && !hasVersion && !Self.modelNouns.contains(next)) {
        names.append(text.original(index..<end))
      }
      index = end
    }
    return names
  }

  private func isCandidate(_ index: Int) -> Bool {
    let word = text.words[index]
    let original = text.sentence[word.range]
    // A number written in words ("Ninety-six") was read as digits; it is not a name.
    guard let first = original.first, first.isUppercase, word.text.first?.isLetter == true, word.text.count > 1,
      !Self.knownNames.contains(word.text),
      !models.contains(where: { $0.range.overlaps(word.range) })
    else { return false }
    return true
  }

  private func adjacent(_ left: Int, _ right: Int) -> Bool {
    text.sentence[text.words[left].range.upperBound..<text.words[right].range.lowerBound].allSatisfy { $0 == " " || $0 == "-" }
  }

  private func isSentenceStart(_ index: Int) -> Bool {
    let before = text.sentence[..<text.words[index].range.lowerBound].reversed().first { !$0.isWhitespace && $0 != "\"" && $0 != "“" && $0 != "'" }
    return before == nil || before == "." || before == "!" || before == "?" || before == ":"
  }

  private static let modelNouns: Set<String> = ["model", "models", "llm", "chatbot", "assistant"]
  private static let behaviourVerbs: Set<String> = [
    "blackmailed", "blackmails", "leaked", "leaks", "cancelled", "canceled", "killed", "chose", "threatened", "extorted",
    "resorted", "refused", "declined", "let", "sabotaged", "shared", "sold",
  ]

  /// Capitalised words that are not model names: companies, cast, places, the study's own terms.
  private static let knownNames: Set<String> = [
    "anthropic", "openai", "google", "meta", "xai", "deepseek", "alibaba", "mistral ai", "summitbridge", "summit",
    "bridge", "novastar", "kyle", "johnson", "jessica", "wilson", "rachel", "thomas", "alex", "nala", "todd", "david",
    "chen", "sarah", "martinez", "june", "may", "october", "table", "figure", "fig", "appendix", "section", "asl",
    "the", "a", "an", "in", "on", "ai", "ais", "llm", "llms", "uk", "us", "aisi", "exec", "room", "server", "cbrn",
    "ceo", "cto", "dc", "texas", "dallas", "arxiv", "version", "v1", "v2", "claude", "gemini", "gpt", "grok", "llama",
    "qwen", "opus", "sonnet", "haiku", "flash", "pro",
  ]

  /// Capitalised ordinary words ("Most models", "Leading AI"): never the start of a name, but part of one
  /// after a name's first word ("Mistral Large").
  private static let ordinaryWords: Set<String> = [
    "most", "all", "every", "some", "many", "other", "leading", "frontier", "large", "language", "top", "these",
    "those", "both", "several", "big", "major", "few", "each", "only", "just", "over", "under", "nearly", "almost",
    "about", "up", "even", "when", "if", "in", "after", "before", "while", "new", "today", "breaking", "study",
    "researchers", "experts", "scientists", "report", "models", "why", "how", "what", "who", "this", "that", "it",
    // Function words capitalised at the start of a sentence or a headline word: "Your chatbot", "Across sixteen".
    "your", "my", "our", "their", "his", "her", "its", "no", "not", "none", "across", "among", "for", "with", "without",
    "given", "asked", "told", "faced", "once", "then", "yes", "so", "but", "and", "or", "as", "at", "by", "from", "of",
    "to", "we", "you", "they", "he", "she", "there", "here", "where", "whose", "which", "any", "such", "another",
  ]
}
