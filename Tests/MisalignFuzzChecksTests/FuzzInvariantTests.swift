import Foundation
import MisalignFuzzChecks
@_spi(Fuzzing) import MisalignShell
import Testing

/// The package root, found from this file's path.
let packageRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.path
}()

/// A short, deterministic run of every fuzz target's invariants: the seed corpus made from the shipped
/// content, then mutations of it from a fixed-seed generator. scripts/fuzz runs the same checks for longer
/// under libFuzzer.
@Suite("Fuzz invariants")
struct FuzzInvariantTests {
  static let mutationsPerTarget = 2_000

  @Test("each target's seed corpus is not empty")
  func seedsExist() {
    for target in FuzzChecks.targets {
      #expect(!FuzzChecks.seeds(for: target, root: packageRoot).isEmpty, "no seeds for \(target.name)")
    }
  }

  @Test("seeds and fixed-seed mutations keep every invariant", arguments: FuzzChecks.targets.map(\.name))
  func invariantsHold(_ name: String) async throws {
    _ = try #require(FuzzChecks.target(named: name))
    // A minute of CPU per target: run on its own thread, so the concurrency pool (two threads on a
    // two-core machine) stays free for the tests that wait on timers and sockets meanwhile.
    let failures = await offThePool { () -> [String] in
      guard let target = FuzzChecks.target(named: name) else { return ["no target \(name)"] }
      let seeds = FuzzChecks.seeds(for: target, root: packageRoot)
      var failures: [String] = []
      for seed in seeds {
        let problems = target.check(seed)
        if !problems.isEmpty { failures.append("seed \(String(decoding: seed.prefix(80), as: UTF8.self).debugDescription): \(problems)") }
      }
      var rng = FuzzChecks.SeededGenerator(seed: 0x6D69_7361_6C69_676E)
      let pool = seeds.isEmpty ? [[]] : seeds
      for _ in 0..<Self.mutationsPerTarget where failures.count < 5 {
        let input = FuzzChecks.mutate(pool.randomElement(using: &rng)!, using: &rng)
        let problems = target.check(input)
        if !problems.isEmpty {
          failures.append("input \(Data(input).base64EncodedString().prefix(400)): \(problems)")
        }
      }
      return failures
    }
    #expect(failures.isEmpty, "\(name): \(failures.prefix(5).joined(separator: "\n"))")
  }

  @Test("the checks catch a broken invariant")
  func checksCanFail() {
    // A control character in a message is reported: the inertness check is not vacuous.
    #expect(FuzzChecks.inert("bad \u{1B}[31m", "message").count == 1)
    #expect(FuzzChecks.inert("fine\twith tab\n", "message").isEmpty)
    #expect(FuzzChecks.quote("it's") == "'it'\\''s'")
    // A view may carry the program's own colour codes with colour on, and nothing else.
    #expect(FuzzChecks.terminalSafe("\u{1B}[1;32mAccurate\u{1B}[0m (accurate)", colour: true, "view").isEmpty)
    #expect(FuzzChecks.terminalSafe("\u{1B}[1;32mAccurate\u{1B}[0m", colour: false, "view").count == 1)
    #expect(FuzzChecks.terminalSafe("\u{1B}]0;title\u{7}", colour: true, "view").count == 1)
    #expect(FuzzChecks.terminalSafe("\u{1B}[2J", colour: true, "view").count == 1)
  }

  @Test("every view of a hostile transcript keeps escape codes from the terminal")
  @MainActor func hostileTranscriptViews() throws {
    let file = try String(contentsOfFile: packageRoot + "/Tests/FuzzSeeds/views/escape-codes.md", encoding: .utf8)
    #expect(file.contains("\u{1B}"), "the seed must carry raw escape codes")
    // The file parses, so the views below are drawn and checked, not skipped.
    let shown = try #require(RenderedViews.transcript(file: file, colour: false))
    #expect(shown.contains("Escape codes") && shown.contains("Cancel the 5pm wipe"))
    #expect(RenderedViews.classify(reply: file, colour: true).contains("blackmail"))
    #expect(FuzzChecks.target(named: "transcript")!.check(Array(file.utf8)).isEmpty)
    #expect(FuzzChecks.target(named: "reply")!.check(Array(file.utf8)).isEmpty)
  }
}

/// Runs CPU-bound work on a thread of its own and waits for it without holding a pool thread.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
  await withCheckedContinuation { continuation in
    Thread { continuation.resume(returning: work()) }.start()
  }
}
