/// Which Anthropic publication a claim points to.
public enum ClaimSource: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// "Agentic Misalignment: How LLMs could be insider threats", 20 June 2025.
  case juneStudy = "june-study"
  /// The Claude Opus 4 & Claude Sonnet 4 system card, May 2025 (the 84% result, §4.1.1.2).
  case systemCard = "system-card"
  /// Someone else's work: a replication, a port, a later study by another group.
  case otherStudy = "other-study"

  static let compiled = compile(phrases)

  static let phrases: [(ClaimSource, [String])] = [
    (.juneStudy, ["june study", "june paper", "june report", "june research", "june experiment*", "june s study", "june s paper",
                  "june 2025 study", "june 2025 paper", "study from june", "paper from june", "published in june", "released in june",
                  "agentic misalignment", "lynch", "16 models", "16 ai models", "16 llms",
                  "16 leading", "16 major", "16 different", "16 frontier", "insider threat*", "arxiv", "2510.05179",
                  "across models", "across 16", "models from multiple", "cross model", "multiple providers", "other labs"]),
    (.systemCard, ["system card", "model card", "safety card", "safety report", "launch report",
                   "technical report", "claude 4 report", "pre release testing", "pre deployment testing"]),
    (.otherStudy, ["replication", "replicated", "replicating", "aisi", "another study", "independent study", "independent test*",
                   "follow up study", "later study", "other researchers", "third party", "a new study", "a separate study",
                   "rerun by", "re ran", "reran"]),
  ]
}
