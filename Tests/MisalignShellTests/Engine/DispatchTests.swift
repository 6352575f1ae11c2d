import Testing
@testable import MisalignShell

@MainActor
@Suite struct DispatchTests {
  /// A small table with a command that records its arguments, so dispatch can be checked alone.
  static func recordingTable(_ seen: Recorder) -> CommandTable {
    CommandTable([
      CommandSpec("echo", aliases: ["say"], area: .shell, synopsis: "<word> [word]", summary: "Repeat words", arguments: 1...2) {
        invocation in
        seen.calls.append(invocation.arguments)
        invocation.output.line(invocation.arguments.joined(separator: "|"))
      },
      CommandSpec("fail", area: .shell, summary: "Always fails") { _ in
        throw ShellError.failed("it broke", hint: "try again")
      },
      CommandSpec("scenarios", area: .study, summary: "List") { _ in },
    ])
  }

  final class Recorder { var calls: [[String]] = [] }

  @Test func dispatchesByNameAndAlias() async {
    let recorder = Recorder()
    let test = TestSession(table: Self.recordingTable(recorder))
    #expect(await test.run(#"echo "a b"; say c d"#))
    #expect(recorder.calls == [["a b"], ["c", "d"]])
    #expect(test.printed == "a b\nc|d\n")
  }

  @Test func unknownCommandSuggestsTheNearest() async {
    let test = TestSession(table: Self.recordingTable(Recorder()))
    #expect(await test.run("scenaros") == false)
    #expect(test.errors.contains("unknown command `scenaros`"))
    #expect(test.errors.contains("did you mean `scenarios`?"))
  }

  @Test func wrongArgumentCountShowsUsage() async {
    let test = TestSession(table: Self.recordingTable(Recorder()))
    #expect(await test.run("echo") == false)
    #expect(test.errors.contains("`echo` needs 1 to 2 arguments, got 0"))
    #expect(test.errors.contains("usage: echo <word> [word]"))
    test.errors = ""
    #expect(await test.run("echo a b c") == false)
    #expect(test.errors.contains("takes 1 to 2 arguments, got 3"))
  }

  @Test func failureCarriesItsHintAndLocation() async {
    let test = TestSession(table: Self.recordingTable(Recorder()))
    #expect(await test.session.execute(line: "fail", location: "demo.txt:3") == false)
    #expect(test.errors == "demo.txt:3: error: it broke\n  try again\n")
  }

  @Test func restOfLineRunsAfterAFailureUnlessStopping() async {
    let recorder = Recorder()
    let test = TestSession(table: Self.recordingTable(recorder))
    #expect(await test.session.execute(line: "fail; echo after") == false)
    #expect(recorder.calls == [["after"]])
    #expect(await test.session.execute(line: "fail; echo again", stopOnFailure: true) == false)
    #expect(recorder.calls == [["after"]])
  }

  @Test func syntaxErrorsAreReportedNotCrashed() async {
    let test = TestSession(table: Self.recordingTable(Recorder()))
    #expect(await test.run(#"echo "unclosed"#) == false)
    #expect(test.errors.contains("never closed"))
  }

  @Test func quitStopsTheLine() async {
    let test = TestSession()
    #expect(await test.run("quit; about"))
    #expect(test.session.quitRequested)
    #expect(test.printed.isEmpty)
  }

  @Test func suggestionsPreferPrefixesThenEditDistance() {
    let names = ["help", "about", "quit", "exit", "scenarios", "scenario"]
    #expect(EditDistance.nearest(to: "hlep", in: names) == ["help"])
    #expect(EditDistance.nearest(to: "scen", in: names) == ["scenario", "scenarios"])
    #expect(EditDistance.nearest(to: "zzzzzz", in: names).isEmpty)
    #expect(EditDistance.between("kitten", "sitting") == 3)
    #expect(EditDistance.between("ab", "ba") == 1)
  }
}
