/// Checks claims about the "evaluation or real deployment?" experiment (Claude Opus 4 only, 500 samples).
struct EvalOrRealRule: ClaimRule {
  let id = "eval-or-real"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    let evalRows = results.rows.filter { $0.variant?.hasPrefix("eval-notice:") == true }
    let quotesEvalNumbers = claim.rates.contains { rate in evalRows.contains { abs($0.rate - (rate.percent ?? -1)) < 0.05 } }
    guard claim.conditions.contains(.evalOrReal) || (quotesEvalNumbers && claim.scopes.contains(.realWorld)) else { return [] }
    let key = results.rows(ids: ["evalreal-blackmail-when-real", "evalreal-blackmail-when-evaluation"])
    let others = claim.studiedModels.filter { $0.id != "claude-opus-4" }
    if !others.isEmpty && !claim.names("claude-opus-4") {
      return [
        ClaimFinding(
          rule: id, .misattributed,
          "The evaluation-vs-real test was run on Claude Opus 4 only, not \(ResultText.names(others)): \(ResultText.list(key)).",
          results: key, cite: ["eval-or-real"])
      ]
    }
    if !claim.names("claude-opus-4")
      && (claim.scopes.contains(.aiInGeneral) || claim.scopes.contains(.allModels) || claim.scopes.contains(.mostModels))
    {
      return [
        ClaimFinding(
          rule: id, .exaggerated,
          "Only Claude Opus 4 was tested this way, after being told to consider whether it was in a test, and the result rests on what it wrote in its reasoning: \(ResultText.list(key)). The authors say they cannot be sure of these conclusions.",
          results: key, cite: ["eval-or-real"])
      ]
    }
    if claim.motives.contains(.innerLife) || !quotesEvalNumbers {
      return [
        ClaimFinding(
          rule: id, .missingContext,
          "This rests on what Claude Opus 4 stated in its reasoning after being told to consider the question, which may not reflect what it 'believed': \(ResultText.list(key)).",
          results: key, cite: ["eval-or-real"])
      ]
    }
    return [
      ClaimFinding(
        rule: id, .accurate,
        "These are the study's figures for Claude Opus 4 (500 samples), split by what it stated in its reasoning: \(ResultText.list(key)).",
        results: key, cite: ["eval-or-real"])
    ]
  }
}
