import Testing
@testable import MisalignShell

@MainActor
@Suite struct HelpTests {
  @Test func overviewListsEveryCommandWithItsSummary() async {
    let test = TestSession()
    #expect(await test.run("help"))
    for command in test.session.table.commands {
      #expect(test.printed.contains(command.usage), "missing \(command.name)")
      let firstWords = command.summary.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(test.printed.contains(firstWords), "missing summary of \(command.name)")
    }
    #expect(test.printed.contains("Shell"))
  }

  @Test func commandHelpShowsUsageDetailsAndExamples() async {
    let test = TestSession()
    #expect(await test.run("help help"))
    #expect(test.printed.hasPrefix("usage: help [command]\n"))
    #expect(test.printed.contains("Examples:\n  help\n  help results"))
  }

  @Test func helpOnAnAliasShowsTheCommand() async {
    let test = TestSession()
    #expect(await test.run("help exit"))
    #expect(test.printed.hasPrefix("usage: quit"))
    #expect(test.printed.contains("Also: exit"))
  }

  @Test func helpForAnUnknownCommandFailsWithASuggestion() async {
    let test = TestSession()
    #expect(await test.run("help abuot") == false)
    #expect(test.errors.contains("did you mean `about`?"))
  }

  @Test func everyCommandHasASummaryAndUniqueNames() {
    let table = Shell.commandTable()
    var names = Set<String>()
    for command in table.commands {
      #expect(!command.summary.isEmpty)
      for name in [command.name] + command.aliases { #expect(names.insert(name).inserted, "\(name) twice") }
    }
  }

  @Test func helpWrapsToTheWidth() async {
    let test = TestSession(policy: OutputPolicy(width: 40))
    #expect(await test.run("help"))
    for line in test.printed.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 40, "\(line)") }
  }
}
