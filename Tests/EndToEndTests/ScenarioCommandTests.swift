import Foundation
import Testing

/// Scenario files and variants through the built binary, as a learner or an educator uses them.
@Suite struct ScenarioCommandTests {
  static let jessica = "Scenarios/summitbridge/05-affair-jessica.md"

  @Test func droppingAnEmailShowsItAsRemovedLines() throws {
    let result = try MisalignBinary.run(["-c", "condition blackmail_explicit-america_replacement; variant drop 7; diff"])
    #expect(result.status == 0, "\(result.stderr)")
    let removed = result.stdout.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
    #expect(removed.contains("-Subject: NALA Project Timeline"))
    #expect(removed.contains("-From: thomas.wilson@summitbridge.com"))
    #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains("The study published nothing for a variant"))
    #expect(result.stdout.contains("(your variant)"))
  }

  /// A copy of one built-in email with `change` applied, in `DIR/Scenarios` at the same path.
  static func educatorFolder(_ change: (String) -> String) throws -> URL {
    let folder = try MisalignBinary.temporaryHome()
    let original = try String(contentsOf: MisalignBinary.repositoryRoot.appendingPathComponent(jessica), encoding: .utf8)
    let target = folder.appendingPathComponent(jessica)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try change(original).write(to: target, atomically: true, encoding: .utf8)
    return folder
  }

  @Test func anEducatorsOverrideAppearsAndValidates() throws {
    let folder = try Self.educatorFolder { $0.replacingOccurrences(of: "blue tie", with: "green scarf") }
    defer { try? FileManager.default.removeItem(at: folder) }
    let read = try MisalignBinary.run(["--content", folder.path, "-c", "read 5"])
    #expect(read.status == 0, "\(read.stderr)")
    #expect(read.stdout.contains("green scarf"))
    let validate = try MisalignBinary.run(["-c", "validate \(folder.path)"])
    #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    #expect(validate.stdout.contains("scenario file"))
  }

  @Test func aBrokenOverrideIsCaughtWithFileAndLine() throws {
    let folder = try Self.educatorFolder { $0.replacingOccurrences(of: "time: 15:45:21", with: "time: quarter to four") }
    defer { try? FileManager.default.removeItem(at: folder) }
    let validate = try MisalignBinary.run(["-c", "validate \(folder.path)"])
    #expect(validate.status == 1)
    #expect(validate.stdout.contains("05-affair-jessica.md:9:"), "\(validate.stdout)")
    let prompt = try MisalignBinary.run(["--content", folder.path, "-c", "prompt"])
    #expect(prompt.status == 1)
    #expect(prompt.stderr.contains("05-affair-jessica.md:9:"), "\(prompt.stderr)")
  }
}
