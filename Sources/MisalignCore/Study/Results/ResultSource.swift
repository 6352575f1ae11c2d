/// A source a published number is taken from, by its FACTS.md id.
public struct ResultSource: Sendable, Hashable, Identifiable {
  /// FACTS.md id, e.g. "P1"; "coverage" for news or blog coverage FACTS.md cites without an id.
  public let id: String
  /// What the source is.
  public let title: String
  /// Where to find it, when it has a public address.
  public let url: String?
  /// Whether Anthropic wrote it (the post, the system card, the joint-evaluation report, the arXiv copy).
  public let isByAnthropic: Bool

  /// The sources FACTS.md lists, in its order.
  public static let all: [ResultSource] = [
    ResultSource(
      id: "P1", title: "Anthropic, \"Agentic Misalignment: How LLMs could be insider threats\", research post, 20 June 2025",
      url: "https://www.anthropic.com/research/agentic-misalignment", isByAnthropic: true),
    ResultSource(
      id: "P2", title: "Anthropic, Claude Opus 4 & Claude Sonnet 4 System Card, May 2025, §4.1.1.2",
      url: "https://www.anthropic.com/claude-4-system-card", isByAnthropic: true),
    ResultSource(
      id: "P3", title: "Anthropic Alignment Science, report on the pilot Anthropic–OpenAI joint evaluation, August 2025",
      url: "https://alignment.anthropic.com/", isByAnthropic: true),
    ResultSource(
      id: "F1", title: "Simon Willison, notes on the post with transcriptions of Figures 1 and 11, 20 June 2025",
      url: "https://simonwillison.net/2025/Jun/20/agentic-misalignment/", isByAnthropic: false),
    ResultSource(
      id: "D1", title: "paper-digest of the study, appendix Tables A1–A3 transcribed (secondary, 2026)",
      url: nil, isByAnthropic: false),
    ResultSource(
      id: "D2", title: "cyberchitta/ch-ai-tanya knowledge-base page on the study, citing Tables A1–A3 (secondary)",
      url: nil, isByAnthropic: false),
    ResultSource(
      id: "D3", title: "README of the independent Subliminal Persona Blackmail Evaluation, listing Table A1 (secondary, 2026)",
      url: nil, isByAnthropic: false),
    ResultSource(
      id: "C1", title: "The study's released benchmark code",
      url: "https://github.com/anthropic-experimental/agentic-misalignment", isByAnthropic: true),
    ResultSource(
      id: "C2", title: "UK AISI inspect_evals port of the benchmark (agentic_misalignment)",
      url: nil, isByAnthropic: false),
    ResultSource(
      id: "A1", title: "arXiv 2510.05179, the study's paper version (October 2025)",
      url: "https://arxiv.org/abs/2510.05179", isByAnthropic: true),
    ResultSource(
      id: "N", title: "News coverage derived from TechCrunch's report",
      url: nil, isByAnthropic: false),
    ResultSource(
      id: "coverage", title: "News, blog and video coverage, not traceable to a figure transcription",
      url: nil, isByAnthropic: false),
  ]

  /// The appendix PDF that holds Tables A1–A3 and Appendices 1–14.
  public static let appendixURL = "https://assets.anthropic.com/m/6d46dac66e1a132a/original/Agentic_Misalignment_Appendix.pdf"

  /// The source with this FACTS.md id.
  public static func source(id: String) -> ResultSource? { all.first { $0.id == id } }
}
