import Testing
@testable import MisalignShell

@MainActor
@Suite struct CompleterTests {
  static func table() -> CommandTable {
    CommandTable([
      CommandSpec("scenario", area: .study, synopsis: "<name>", summary: "Pick", arguments: 1...1,
        complete: CommandSpec.fixed([["blackmail", "leaking", "murder"]])) { _ in },
      CommandSpec("scenarios", area: .study, summary: "List") { _ in },
      CommandSpec("set", area: .study, synopsis: "<factor> <value>", summary: "Set", arguments: 2...2,
        complete: CommandSpec.fixed([["urgency", "goal"], ["replacement", "restriction", "none"]])) { _ in },
      CommandSpec("check", area: .claims, synopsis: "<text>", summary: "Check", arguments: 1...1,
        complete: CommandSpec.fixed([["all models blackmail"]])) { _ in },
      CommandSpec("about", area: .shell, summary: "About") { _ in },
    ])
  }

  func complete(_ text: String) -> CompletionResult {
    Completer.complete(text, session: TestSession(table: Self.table()).session)
  }

  @Test func uniqueCommandPrefixCompletesWithASpace() {
    #expect(complete("ab") == CompletionResult(insertion: "out "))
  }

  @Test func sharedPrefixExtendsThenLists() {
    #expect(complete("sc") == CompletionResult(insertion: "enario"))
    #expect(complete("scenario") == CompletionResult(listing: ["scenario", "scenarios"]))
  }

  @Test func argumentsCompleteFromTheCommandsOwnTable() {
    #expect(complete("scenario le") == CompletionResult(insertion: "aking "))
    #expect(complete("set urgency re") == CompletionResult(insertion: "", listing: ["replacement", "restriction"]))
    #expect(complete("set ") == CompletionResult(listing: ["goal", "urgency"]))
  }

  @Test func completionAfterASemicolonStartsANewCommand() {
    #expect(complete("about; scenario m") == CompletionResult(insertion: "urder "))
  }

  @Test func noCandidatesPastTheLastArgumentOrForUnknownCommands() {
    #expect(complete("scenario murder ") == CompletionResult())
    #expect(complete("nosuch a") == CompletionResult())
    #expect(complete("xyz") == CompletionResult())
  }

  @Test func candidatesWithSpacesAreEscapedOrClosed() {
    #expect(complete("check all") == CompletionResult(insertion: #"\ models\ blackmail "#))
    #expect(complete(#"check "all"#) == CompletionResult(insertion: "\u{20}models blackmail\" "))
  }

  @Test func listingLaysOutColumns() {
    #expect(CompletionResult.columns(["aa", "bbbb", "c"], width: 12) == "aa    bbbb\nc")
  }
}
