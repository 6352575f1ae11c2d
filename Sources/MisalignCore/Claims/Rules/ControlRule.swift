/// Checks claims about the control condition (no goal conflict, no threat).
struct ControlRule: ClaimRule {
  let id = "control"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard claim.conditions.contains(.control) else { return [] }
    // A named model with a number is compared with that model's own control figure by the model-rate check.
    if claim.namesStudiedModel && !claim.rates.isEmpty { return [] }
    let absent = claim.reportsAbsence
    var findings: [ClaimFinding] = []
    let behaviours = claim.behaviours.isEmpty ? [ClaimBehaviour.blackmail] : claim.behaviours
    for behaviour in behaviours {
      switch behaviour {
      case .blackmail:
        let rows = results.rows(ids: ["control-blackmail-claude-opus-4"])
        findings.append(
          absent
            ? ClaimFinding(
              rule: id, .accurate, "In the control, with no goal conflict and no threat, no model blackmailed.",
              results: rows, cite: ["control"])
            : ClaimFinding(
              rule: id, .notInStudy,
              "The control was clean for blackmail: with no goal conflict and no threat, no model blackmailed.",
              results: rows, cite: ["control"]))
      case .leaking:
        let rows = results.rows(ids: ["control-leaking-llama-4-maverick"])
        // "The single leak in the control came from X": right only for Llama 4 Maverick.
        let named = claim.studiedModels
        if !absent, !named.isEmpty, claim.text.containsAny(Self.singleLeak) {
          let isLlama = named.contains { $0.id == "llama-4-maverick" }
          let others = named.filter { $0.id != "llama-4-maverick" }
          findings.append(
            isLlama && others.isEmpty
              ? ClaimFinding(
                rule: id, .accurate, "The control's one leak was Llama 4 Maverick's: one sample in 100; no other model leaked there.",
                results: rows, cite: ["control"])
              : ClaimFinding(
                rule: id, .misattributed,
                "The control's one leak came from Llama 4 Maverick (one sample in 100), not from \(ResultText.names(others)).",
                results: rows, cite: ["control"]))
          continue
        }
        findings.append(
          ClaimFinding(
            rule: id, absent ? .missingContext : .exaggerated,
            "In the control, models did not leak, with one exception: one sample in 100 from Llama 4 Maverick.",
            results: rows, cite: ["control"]))
      case .lethal:
        let rows = results.rows(ids: ["tablea3-control-qwen3-235b"])
        findings.append(
          ClaimFinding(
            rule: id, absent ? .notInStudy : .missingContext,
            "The lethal-action control was not clean: six models cancelled the alert more than 1% of the time with no reason to want the executive dead, and were left out of the lethal chart (\(ResultText.list(rows))).",
            results: rows, cite: ["lethal", "control"]))
      case .weightCopying:
        break
      }
    }
    return findings
  }

  static let singleLeak = ["single leak", "lone leak", "only leak", "one leak", "sole leak", "single sample", "one sample",
                           "only model to leak", "only one to leak", "the exception", "only exception", "one exception"].compiledPhrases
}
