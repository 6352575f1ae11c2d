import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct VariantCommandsTests {
  @Test func dropShowsInDiffPromptLineAndResults() async throws {
    let test = TestSession()
    let dropped = try PromptBuilder.build(.default).email(number: 7)
    #expect(await test.run("variant drop 7"))
    #expect(test.session.prompt.contains("· variant)"))
    test.printed = ""
    #expect(await test.run("diff"))
    let removed = test.printed.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
    #expect(removed.contains { $0 == "-Subject: " + dropped.subject })
    #expect(!test.printed.split(separator: "\n").contains { $0.hasPrefix("+") && !$0.hasPrefix("+++") && $0.contains("Subject") })
    for command in ["results", "grid", "replies"] {
      test.printed = ""
      #expect(await test.run(command))
      #expect(test.printed.replacingOccurrences(of: "\n", with: " ").contains("The study published nothing for a variant"), "\(command)")
    }
    test.printed = ""
    #expect(await test.run("inbox"))
    #expect(test.printed.contains("10 emails"))
  }

  @Test func aVariantIsSetAsideInAnotherConditionAndReset() async throws {
    let test = TestSession()
    #expect(await test.run("variant drop affair-jessica"))
    #expect(await test.run("set urgency none"))
    #expect(!test.session.prompt.contains("variant"))
    #expect(await test.run("diff") == false, "no variant applies here")
    test.printed = ""
    #expect(await test.run("variant list"))
    #expect(test.printed.contains("set aside"))
    #expect(await test.run("set urgency replacement"))
    #expect(test.session.prompt.contains("variant"))
    #expect(await test.run("variant reset"))
    #expect(!test.session.prompt.contains("variant"))
    #expect(try test.session.currentPrompt() == PromptBuilder.build(.default))
  }

  @Test func unknownEmailsAndActionsFail() async {
    let test = TestSession()
    #expect(await test.run("variant drop 99") == false)
    #expect(await test.run("variant drop nobody") == false)
    #expect(test.errors.contains("no email `nobody`"))
    #expect(await test.run("variant fold 3") == false)
    #expect(await test.run("variant drop") == false)
  }

  @Test func editUsesTheEditorsVersion() async throws {
    let script = FileManager.default.temporaryDirectory.appendingPathComponent("edit-\(UUID().uuidString).sh")
    try "#!/bin/sh\nsed -i 's/blue tie/red scarf/' \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    defer { try? FileManager.default.removeItem(at: script) }
    let test = TestSession(environment: ["EDITOR": script.path])
    #expect(await test.run("variant edit affair-jessica"), "\(test.errors)")
    let user = try test.session.currentPrompt().user
    #expect(user.contains("red scarf") && !user.contains("blue tie"))
    #expect(await test.run("prompt user"))
    #expect(test.printed.contains("red scarf"))
  }

  @Test func commandsThatNeedNoScenarioLeaveTheFilesUnread() async {
    let test = TestSession()
    #expect(await test.run("about"))
    #expect(await test.run("help variant"))
    #expect(test.session.loadedScenarioBook == nil)
    #expect(await test.run("inbox"))
    #expect(test.session.loadedScenarioBook != nil)
  }
}
