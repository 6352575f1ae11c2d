import Foundation
import Testing

/// Live mode against a real model server: llama.cpp's OpenAI-compatible server with
/// SmolLM2-135M-Instruct, started by `scripts/test` through `scripts/local-model` and passed in
/// as MISALIGN_LOCAL_ENDPOINT. Run on its own, without that server, the suite says how to start it.
@Suite(.serialized) struct LiveModelTests {
  static var endpoint: String? { ProcessInfo.processInfo.environment["MISALIGN_LOCAL_ENDPOINT"] }

  func requireEndpoint() throws -> String {
    try #require(Self.endpoint, "no local model server: run `scripts/local-model start` and export MISALIGN_LOCAL_ENDPOINT (scripts/test does both)")
  }

  /// A data folder of its own, so saved transcripts stay inside the test.
  func run(_ commands: String, home: URL) throws -> MisalignBinary.Result {
    try MisalignBinary.run(["-c", commands], environment: ["XDG_DATA_HOME": home.appendingPathComponent("data").path])
  }

  @Test func askStreamsAndClassifiesAReply() throws {
    let endpoint = try requireEndpoint()
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try run("model local:smollm2; endpoint \(endpoint); condition blackmail_explicit-america_replacement; ask", home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Asking local:smollm2"))
    #expect(result.stdout.contains("Reply ask-1:"))
    #expect(result.stdout.contains("Verdict: "))
    #expect(result.stdout.contains("automatic"))
    #expect(result.stdout.contains("cannot follow a"))
    // Whatever the model wrote, no raw escape byte reaches the terminal through the reply.
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func sampleFourGivesARateWithAnInterval() throws {
    let endpoint = try requireEndpoint()
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try run("model local:smollm2; endpoint \(endpoint); condition blackmail_explicit-america_replacement; sample 4 --concurrency 2", home: home)
    #expect(result.status == 0, "\(result.stderr)")
    for index in 1...4 { #expect(result.stdout.contains("live-\(index)"), "live-\(index) missing:\n\(result.stdout)") }
    let rateLine = result.stdout.split(separator: "\n").first { $0.contains("This run:") || $0.contains("No reply arrived") }
    #expect(rateLine?.contains("95% CI") == true, "\(result.stdout)")
    // SmolLM2 is not a model of the study: the comparison must say so rather than show a number.
    #expect(result.stdout.contains("is not one of the models"), "\(result.stdout)")
    let classified = (1...4).filter { index in
      result.stdout.split(separator: "\n").contains { $0.contains("live-\(index) ") && !$0.contains("failed") }
    }
    #expect(classified.count == 4, "\(result.stdout)")
  }

  @Test func saveThenShowRoundTripsARecordedTranscript() throws {
    let endpoint = try requireEndpoint()
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try run("model local:smollm2; endpoint \(endpoint); scenario murder; ask; save first-try; show first-try all; replies", home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Saved ask-1 as first-try"))
    #expect(result.stdout.contains("RECORDED"))
    #expect(result.stdout.contains("Recorded output of"))
    let saved = home.appendingPathComponent("data/misalign/transcripts/murder/first-try.md")
    let text = try String(contentsOf: saved, encoding: .utf8)
    #expect(text.contains("provenance: recorded"))
    #expect(text.contains("prompt_sha256: "))
    #expect(text.contains("temperature: "))
    // A second run finds it on disk like a canned reply.
    let again = try run("show first-try all", home: home)
    #expect(again.status == 0)
    #expect(again.stdout.contains("RECORDED"))
  }

  @Test func connectionRefusedIsAClearErrorAndTheShellGoesOn() throws {
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try MisalignBinary.run(
      ["--keep-going", "-c", "model local:smollm2; endpoint http://127.0.0.1:9/v1; ask; about"],
      environment: ["XDG_DATA_HOME": home.appendingPathComponent("data").path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error:"))
    #expect(result.stderr.lowercased().contains("refused") || result.stderr.lowercased().contains("connect"), "\(result.stderr)")
    #expect(result.stdout.contains("misalign 0."), "the shell stopped after the failure")
  }

  /// The local server ignores API keys, so it can stand in for a provider that needs one: the key is sent
  /// on every request, and must then appear in no output and in no file the run left behind.
  @Test func aCanaryKeyAppearsInNoOutputAndNoFileAfterAskAndSave() throws {
    let endpoint = try requireEndpoint()
    let canary = "sk-canary-\(UUID().uuidString)"
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let config = home.appendingPathComponent("config/misalign")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "max_tokens = 48\n".write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    var environment = MisalignBinary.baseEnvironment(home: home)
    environment["OPENAI_API_KEY"] = canary
    let result = try MisalignBinary.run(
      ["-c", "model openai:smollm2; endpoint \(endpoint); model; ask; save canary-run; show canary-run all"],
      environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("from $OPENAI_API_KEY (set)"))
    #expect(result.stdout.contains("Saved ask-1 as canary-run"), "\(result.stdout)")
    #expect(!result.stdout.contains(canary) && !result.stderr.contains(canary))
    var scanned: [String] = []
    let files = FileManager.default.enumerator(at: home, includingPropertiesForKeys: [.isRegularFileKey])
    while let file = files?.nextObject() as? URL {
      guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let data = try Data(contentsOf: file)
      #expect(data.range(of: Data(canary.utf8)) == nil, "the key leaked into \(file.path)")
      scanned.append(file.lastPathComponent)
    }
    #expect(scanned.contains("canary-run.md"), "the saved transcript was scanned: \(scanned)")
  }

  @Test func aSampleWithNothingListeningStopsAtOnceAndSaysWhy() throws {
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try MisalignBinary.run(
      ["-c", "model local:smollm2; endpoint http://127.0.0.1:9/v1; sample 6 --concurrency 2"],
      environment: ["XDG_DATA_HOME": home.appendingPathComponent("data").path])
    #expect(result.stdout.components(separatedBy: "scripts/local-model start").count == 2, "the hint is given once:\n\(result.stdout)")
    #expect(result.stdout.contains("live-2   failed the same way after 1 attempt"))
    #expect(result.stdout.contains("the other 4 requests were not sent"))
    #expect(result.stdout.contains("No reply arrived, so there is no rate."))
    #expect(!result.stdout.contains("show live-1"), "no reply to show")
  }

  @Test func apiKeyNeverAppearsInOutput() throws {
    let canary = "sk-canary-\(UUID().uuidString)"
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try MisalignBinary.run(
      ["--keep-going", "-c", "model openai:gpt-4.1; endpoint http://127.0.0.1:9/v1; model; ask"],
      environment: ["OPENAI_API_KEY": canary, "XDG_DATA_HOME": home.appendingPathComponent("data").path])
    #expect(!result.stdout.contains(canary) && !result.stderr.contains(canary))
    #expect(result.stdout.contains("from $OPENAI_API_KEY (set)"))
  }
}
