import Foundation
import MisalignCore
import Testing

@testable import MisalignShell

/// Inputs over misalign's stated limits get a clear error at once instead of work that stalls.
@MainActor @Suite struct InputLimitTests {
  func temporaryFile(bytes: Int) throws -> String {
    let path = NSTemporaryDirectory() + "misalign-limit-\(UUID().uuidString).txt"
    var line = Data(repeating: UInt8(ascii: "a"), count: 99)
    line.append(0x0A)
    var data = Data(capacity: bytes)
    while data.count < bytes { data.append(line) }
    try data.prefix(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aCommandLineOverTheLimitRunsNothingAndSaysWhy() async {
    let test = TestSession()
    let ok = await test.run("about " + String(repeating: "x", count: InputLimits.commandLineBytes))
    #expect(!ok)
    #expect(test.printed.isEmpty)
    #expect(test.errors.contains("over misalign's limit of 1 MB for one command line; nothing ran"))
    #expect(test.errors.contains("check --file FILE"))
  }

  @Test func aSentenceOverTheLimitIsSentToCheckFile() async {
    let test = TestSession()
    let ok = await test.run("check " + String(repeating: "Claude blackmailed. ", count: 1_100))
    #expect(!ok)
    #expect(test.errors.contains("21999 characters, more than one claim (the limit for one sentence is 20000)"))
    #expect(test.errors.contains("check --file FILE"))
    // Just under the limit is still checked.
    #expect(await test.run("check " + String(repeating: "a", count: InputLimits.sentenceCharacters)))
  }

  @Test func filesOverTheirLimitsAreRefusedWithTheirSizes() async throws {
    let article = try temporaryFile(bytes: InputLimits.claimFileBytes + 300_000)
    let reply = try temporaryFile(bytes: 1_000)
    defer {
      try? FileManager.default.removeItem(atPath: article)
      try? FileManager.default.removeItem(atPath: reply)
    }
    let test = TestSession()
    #expect(!(await test.run("check --file \(article)")))
    #expect(test.errors.contains("is 2.3 MB, over misalign's limit of 2 MB for `check --file`"))
    // A file under its limit is read as usual.
    #expect(await test.run("classify --file \(reply) blackmail"))
  }

  @Test func sizesAreWrittenForPeople() {
    #expect(InputLimits.describe(bytes: 1 << 20) == "1 MB")
    #expect(InputLimits.describe(bytes: (5 << 20) / 2) == "2.5 MB")
    #expect(InputLimits.describe(bytes: 300) == "1 KB")
    #expect(InputLimits.describe(bytes: 64 << 20) == "64 MB")
  }
}
