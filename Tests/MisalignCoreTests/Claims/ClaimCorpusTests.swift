import Foundation
import Testing

@testable import MisalignCore

/// The checker on the development half of the independent corpus (the held-out halves are scored only
/// by `scripts/bench-claims`, so that no test invites tuning on them).
struct ClaimCorpusTests {
  private static func corpus(_ name: String) throws -> ClaimCorpus {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/\(name)").path
    return try ClaimCorpus(tsv: try String(contentsOfFile: path, encoding: .utf8), file: name)
  }

  @Test func devHalfScoresAtLeastNinetyPercentWithNoVerdictAgainstTheFacts() throws {
    let outcomes = try Self.corpus("claims-dev.tsv").evaluate(with: try ClaimChecker.bundled(), results: try PublishedResults.bundled())
    #expect(outcomes.count >= 120)
    let right = outcomes.filter(\.isRight).count
    #expect(Double(right) >= 0.9 * Double(outcomes.count), "\(right) of \(outcomes.count) right")
    let against = outcomes.filter(\.contradictsFacts).map(\.entry.id)
    #expect(against.isEmpty, "verdicts against the study's facts: \(against)")
  }

  @Test func scorerTreatsOneFigurePrintedTwiceAsOne() throws {
    let rows = try PublishedResults.bundled().all
    #expect(ClaimCorpus.equivalents(of: "fig1-claude-opus-4", in: rows).contains("fig7-claude-opus-4"))
    #expect(!ClaimCorpus.equivalents(of: "fig7-claude-opus-4", in: rows).contains("fig8-claude-opus-4"))
  }
}
