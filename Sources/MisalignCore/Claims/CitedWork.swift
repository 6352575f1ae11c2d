/// The publications the program cites.
public enum CitedWork: String, Sendable, Hashable, CaseIterable {
  /// Lynch et al., "Agentic Misalignment: How LLMs could be insider threats", Anthropic, 20 June 2025.
  case juneStudy = "june-study"
  /// The study's appendix PDF.
  case appendix
  /// The Claude Opus 4 & Claude Sonnet 4 system card, Anthropic, May 2025.
  case systemCard = "system-card"

  static let studyAuthors = [
    ("Lynch", "Aengus"), ("Wright", "Benjamin"), ("Larson", "Caleb"), ("Troy", "Kevin K."), ("Ritchie", "Stuart J."),
    ("Mindermann", "Sören"), ("Perez", "Ethan"), ("Hubinger", "Evan"),
  ]

  /// The work's address.
  public var url: String {
    switch self {
    case .juneStudy: "https://www.anthropic.com/research/agentic-misalignment"
    case .appendix: "https://assets.anthropic.com/m/6d46dac66e1a132a/original/Agentic_Misalignment_Appendix.pdf"
    case .systemCard: "https://www.anthropic.com/claude-4-system-card"
    }
  }

  /// Authors, date, title and publisher in one line.
  public var reference: String {
    switch self {
    case .juneStudy, .appendix:
      let authors = Self.studyAuthors.map { family, given in
        "\(family), \(given.split(separator: " ").map { "\($0.prefix(1))." }.joined(separator: " "))"
      }
      let authorList = authors.dropLast().joined(separator: ", ") + ", & " + (authors.last ?? "")
      let title =
        self == .juneStudy
        ? "Agentic Misalignment: How LLMs could be insider threats"
        : "Agentic Misalignment: How LLMs could be insider threats, Appendix"
      return "\(authorList) (2025, June 20). \(title). Anthropic."
    case .systemCard:
      return "Anthropic (2025, May). System Card: Claude Opus 4 & Claude Sonnet 4. Anthropic."
    }
  }

  /// The BibTeX entry type and key.
  var bibTeXHead: (type: String, key: String) {
    switch self {
    case .juneStudy: ("misc", "lynch2025agentic")
    case .appendix: ("misc", "lynch2025agenticappendix")
    case .systemCard: ("techreport", "anthropic2025claude4systemcard")
    }
  }

  /// The BibTeX fields other than `note`, in order.
  var bibTeXFields: [(String, String)] {
    switch self {
    case .juneStudy, .appendix:
      let authors = Self.studyAuthors.map { family, given in
        "\(family), \(given.replacing("ö", with: "{\\\"o}"))"
      }.joined(separator: " and ")
      return [
        ("author", "{\(authors)}"),
        ("title", self == .juneStudy
          ? "{Agentic Misalignment: How {LLMs} Could be an Insider Threat}"
          : "{Agentic Misalignment: How {LLMs} Could be an Insider Threat, Appendix}"),
        ("howpublished", "{Anthropic Research}"),
        ("year", "{2025}"),
        ("month", "jun"),
        ("url", "{\(url)}"),
      ]
    case .systemCard:
      return [
        ("author", "{{Anthropic}}"),
        ("title", "{System Card: {Claude} {Opus} 4 \\& {Claude} {Sonnet} 4}"),
        ("institution", "{Anthropic}"),
        ("year", "{2025}"),
        ("month", "may"),
        ("url", "{\(url)}"),
      ]
    }
  }
}
