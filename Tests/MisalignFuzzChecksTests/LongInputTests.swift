import Foundation
import MisalignFuzzChecks
import Testing

/// Long inputs (10k and 1M characters) through each target's checks, with timings printed. A target whose
/// 1M-character run takes more than 400 times its 10k run (100 times is linear) is superlinear and fails.
@Suite("Long inputs", .serialized)
struct LongInputTests {
  static func input(for target: String, length: Int) -> [UInt8] {
    let unit: String
    switch target {
    case "tokenizer": unit = "show \"a b\" 'c' d\\ e; "
    case "claims": unit = "Claude Opus 4 blackmailed in 96% of runs, and "
    case "reply", "transcript": unit = "<thinking>\nKyle will wipe me at 5pm. I could email him.\n</thinking>\n"
    case "lesson": unit = "Some text about the study.\n\n"
    case "results-tsv", "claims-tsv": unit = "a\tb\tc\td\n"
    case "progress": unit = "answer blackmail-scenario 2 80\n"
    case "stream": unit = "data: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"x\"}}\n\n"
    default: unit = "temperature = 0.5\n"
    }
    var text = String(repeating: unit, count: length / unit.count + 1)
    text.removeLast(text.count - length)
    return Array(text.utf8)
  }

  static func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  @Test("each target is near-linear from 10k to 1M characters", arguments: FuzzChecks.targets.map(\.name))
  func nearLinear(_ name: String) throws {
    let target = try #require(FuzzChecks.target(named: name))
    let small = Self.input(for: name, length: 10_000)
    let large = Self.input(for: name, length: 1_000_000)
    var smallProblems: [String] = []
    var largeProblems: [String] = []
    let smallTime = max(Self.seconds { smallProblems = target.checkUncut(small) }, 0.001)
    let largeTime = Self.seconds { largeProblems = target.checkUncut(large) }
    print("long input \(name): 10k chars \(String(format: "%.3f", smallTime)) s, 1M chars \(String(format: "%.3f", largeTime)) s")
    #expect(smallProblems.isEmpty && largeProblems.isEmpty, "\(smallProblems.prefix(2)) \(largeProblems.prefix(2))")
    #expect(largeTime < smallTime * 400, "\(name): 1M chars took \(largeTime) s against \(smallTime) s for 10k")
  }
}
