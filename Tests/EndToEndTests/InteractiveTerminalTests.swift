import Foundation
import Testing

/// The interactive shell in a real pseudo-terminal: line editing, completion, history, Ctrl-C,
/// Ctrl-D and UTF-8, as a person at a keyboard meets them.
@Suite(.serialized) struct InteractiveTerminalTests {
  let home: URL
  var environment: [String: String]

  init() throws {
    home = try MisalignBinary.temporaryHome()
    environment = MisalignBinary.baseEnvironment(home: home)
  }

  func start() throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(environment: environment)
    try terminal.waitFor(")> ")
    return terminal
  }

  @Test func tabCompletesACommandAndAnArgument() throws {
    let terminal = try start()
    let mark = terminal.visibleEnd
    terminal.type("hel" + PseudoTerminal.tab)
    try terminal.waitFor("help", after: mark)
    terminal.type("ab" + PseudoTerminal.tab + PseudoTerminal.enter)
    try terminal.waitFor("usage: about", after: mark)
    terminal.type(PseudoTerminal.ctrlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func ctrlCCancelsAHalfTypedLineAndTheShellStillAnswers() throws {
    let terminal = try start()
    let mark = terminal.visibleEnd
    terminal.type("nosuch half typed")
    try terminal.waitFor("half typed", after: mark)
    terminal.type(PseudoTerminal.ctrlC)
    try terminal.waitFor("^C", after: mark)
    terminal.type("help quit" + PseudoTerminal.enter)
    let screen = try terminal.waitFor("usage: quit", after: mark)
    #expect(!screen.contains("unknown command"), "the cancelled line ran")
    terminal.type("quit" + PseudoTerminal.enter)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func nonASCIIInputComesBackIntact() throws {
    let terminal = try start()
    let mark = terminal.visibleEnd
    terminal.type("héllo中文✓" + PseudoTerminal.enter)
    try terminal.waitFor("unknown command `héllo中文✓`", after: mark)
    terminal.type(PseudoTerminal.ctrlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func historySurvivesARestart() throws {
    let first = try start()
    first.type("help about" + PseudoTerminal.enter)
    try first.waitFor("usage: about")
    first.type("exit" + PseudoTerminal.enter)
    #expect(try first.waitForExit() == 0)
    let historyFile = home.appendingPathComponent("state/misalign/history")
    let saved = try String(contentsOf: historyFile, encoding: .utf8)
    #expect(saved.contains("help\\040about"))

    let second = try start()
    let mark = second.visibleEnd
    // Up twice: past `exit` to `help about`.
    second.type(PseudoTerminal.up + PseudoTerminal.up + PseudoTerminal.enter)
    try second.waitFor("usage: about", after: mark)
    second.type(PseudoTerminal.ctrlD)
    #expect(try second.waitForExit() == 0)
  }

  @Test func ctrlDOnAnEmptyLineExitsZero() throws {
    let terminal = try start()
    terminal.type(PseudoTerminal.ctrlD)
    #expect(try terminal.waitForExit() == 0)
  }
}
