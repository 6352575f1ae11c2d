/// Says so when a claim names a model version the study did not test (GPT-5, Claude 3 Sonnet, Grok 4).
struct UntestedModelRule: ClaimRule {
  let id = "untested-model"

  private static let hypothetical = ["would", "could", "might", "will", "what if", "how would", "if it were", "probably", "likely", "may well", "expect*"].compiledPhrases

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let untested = claim.models.filter { if case .notInStudy = $0.lookup { return true } else { return false } }
    guard !untested.isEmpty else { return [] }
    let names = untested.map { "“\($0.text)”" }.joined(separator: ", ")
    let tested = "The study tested sixteen models (Claude Opus 4, Claude Sonnet 4, 3.7, 3.6 and 3.5, Claude Opus 3, Claude Haiku 3.5, GPT-4.5, GPT-4.1, GPT-4o, Gemini 2.5 Pro and Flash, Grok 3 Beta, DeepSeek-R1, Llama 4 Maverick, Qwen3-235B), plus o3 and o4-mini in the appendix."
    if claim.sentence.contains("?") || claim.text.containsAny(Self.hypothetical) {
      return [ClaimFinding(rule: id, nil, "\(names) is not a model the study tested, so it says nothing about it. \(tested)", cite: ["study"], withholdsAgreement: true)]
    }
    return [ClaimFinding(rule: id, .notInStudy, "\(names) was not tested in the study. \(tested)", cite: ["study"])]
  }
}
