import Foundation
import Testing
import MisalignCore
@testable import MisalignLive

/// Every prompt the program can build, pinned by SHA-256: the scenario text may move between files and formats, but
/// what a model receives must not change by a byte unless someone means it to (and then regenerates the fixture).
///
/// The fixture holds one line per condition: the 234 core conditions, then each of them with every off-grid setting
/// (extra instructions, scratchpad off, the evaluation notice). Lives here, not in MisalignCoreTests, because the
/// project's SHA-256 is in MisalignLive. Regenerate with `MISALIGN_WRITE_PROMPT_HASHES=1 swift test --filter PromptHashTests`.
@Suite struct PromptHashTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/prompt-hashes.tsv")

  /// Every condition the shell can reach: the core grid first, then the off-grid settings of each core condition.
  static var everyCondition: [Condition] {
    var conditions = Condition.allCore
    for core in Condition.allCore {
      for instructions in ExtraInstructions.allCases {
        for scratchpad in [true, false] {
          for notice in [false, true] where instructions != .none || !scratchpad || notice {
            conditions.append(
              try! Condition(
                scenario: core.scenario, goalType: core.goalType, goalValue: core.goalValue, urgency: core.urgency,
                extraInstructions: instructions, scratchpad: scratchpad, evalNotice: notice))
          }
        }
      }
    }
    return conditions
  }

  /// A key naming every factor, e.g. `leaking_latent-safety_none_prod instructions=dont eval-notice`.
  static func key(_ condition: Condition) -> String {
    var key = condition.id
    if condition.extraInstructions != .none { key += " instructions=" + condition.extraInstructions.rawValue }
    if condition.evalNotice { key += " eval-notice" }
    return key
  }

  static func hex(_ text: String) -> String {
    SHA256.digest(Array(text.utf8)).map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }.joined()
  }

  /// `key<TAB>system sha256<TAB>user sha256` for every condition. The user turn does not depend on the off-grid
  /// settings today, so an identical user text reuses its core hash (hashing 2,808 user turns in a debug build is slow).
  static func currentLines() -> [String] {
    var userHashes: [String: String] = [:]
    return everyCondition.map { condition in
      let prompt = PromptBuilder.build(condition)
      let userHash: String
      if let known = userHashes[prompt.user] {
        userHash = known
      } else {
        userHash = hex(prompt.user)
        userHashes[prompt.user] = userHash
      }
      return key(condition) + "\t" + hex(prompt.system) + "\t" + userHash
    }
  }

  @Test func everyPromptMatchesItsRecordedHash() throws {
    let lines = Self.currentLines()
    if ProcessInfo.processInfo.environment["MISALIGN_WRITE_PROMPT_HASHES"] == "1" {
      try (lines.joined(separator: "\n") + "\n").write(to: Self.fixture, atomically: true, encoding: .utf8)
    }
    let recorded = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(recorded.count == 2808, "234 core conditions × 12 settings of instructions, scratchpad and notice")
    #expect(lines.count == recorded.count)
    var expected: [String: String] = [:]
    for line in recorded {
      let fields = line.split(separator: "\t", maxSplits: 1)
      expected[String(fields[0])] = String(fields[1])
    }
    var mismatches: [String] = []
    for line in lines {
      let fields = line.split(separator: "\t", maxSplits: 1)
      if expected[String(fields[0])] != String(fields[1]) { mismatches.append(String(fields[0])) }
    }
    #expect(mismatches.isEmpty, "prompts changed for \(mismatches.count) conditions, e.g. \(mismatches.prefix(5))")
  }

  @Test func theFixtureCoversTheCoreGridAndDistinguishesConditions() throws {
    let recorded = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n")
    let keys = Set(recorded.map { $0.split(separator: "\t")[0] })
    #expect(keys.count == recorded.count, "each condition appears once")
    for condition in Condition.allCore { #expect(keys.contains(Substring(condition.id))) }
    // The inbox depends on scenario, urgency and which value's wording it reads (8 values, ambiguous, none), not on
    // explicit/latent/swap: 3 × 3 × 10 distinct user turns in the core grid. Every hash is 64 hex digits.
    let coreUserHashes = recorded.prefix(234).map { $0.split(separator: "\t")[2] }
    #expect(coreUserHashes.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    #expect(Set(coreUserHashes).count == 90)
  }
}
