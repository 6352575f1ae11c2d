import Foundation
import Testing
@testable import MisalignShell

@MainActor
@Suite struct LiveCommandsTests {
  /// A session whose config directory is an empty temporary folder, so no user config leaks in.
  func session(config: String? = nil) throws -> TestSession {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("misalign-live-\(UUID().uuidString)")
    let directory = home.appendingPathComponent("misalign")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    if let config { try config.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8) }
    return TestSession(environment: ["XDG_CONFIG_HOME": home.path, "XDG_DATA_HOME": home.path])
  }

  @Test func theStudysTemperatureIsCalledTheStudysOnlyWhenItIs() async throws {
    let study = try session()
    #expect(await study.run("model local:smollm2"))
    #expect(study.printed.contains("temperature 1.0 (the study's)"))

    let greedy = try session(config: "temperature = 0\n")
    #expect(await greedy.run("model local:smollm2"))
    #expect(greedy.printed.contains("temperature 0.0 (the study's configs use 1.0)"))
    #expect(!greedy.printed.contains("(the study's)"))
  }

  @Test func aLocalModelGetsAShortReplyBudgetUnlessTheConfigSetsOne() async throws {
    let plain = try session()
    #expect(await plain.run("model local:smollm2"))
    #expect(plain.printed.contains("at most \(LiveCommands.localMaxTokens) tokens"))

    let configured = try session(config: "max_tokens = 64\n")
    #expect(await configured.run("model local:smollm2"))
    #expect(configured.printed.contains("at most 64 tokens"))
  }

  @Test func sampleRefusesBadCountsBeforeAskingAnything() async throws {
    let test = try session()
    #expect(await test.run("model local:smollm2"))
    #expect(await test.run("sample 0") == false)
    #expect(await test.run("sample 3 --concurrency 99") == false)
    #expect(test.errors.contains("--concurrency k"))
  }
}
