import Testing
@testable import MisalignShell

@Suite struct OutputPolicyTests {
  func facts(tty: Bool = true, env: [String: String] = ["TERM": "xterm"], size: (Int, Int)? = (120, 40)) -> OutputPolicy.Facts {
    OutputPolicy.Facts(stdoutIsTerminal: tty, stderrIsTerminal: tty, stdinIsTerminal: tty, environment: env, terminalSize: size)
  }

  @Test func colourOnlyOnATerminal() {
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts()).color)
    #expect(!OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(tty: false)).color)
  }

  @Test func noColorAndDumbTerminalsTurnColourOff() {
    #expect(!OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["TERM": "xterm", "NO_COLOR": "1"])).color)
    #expect(!OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["TERM": "dumb"])).color)
    // no-color.org: an empty NO_COLOR does not count.
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["TERM": "xterm", "NO_COLOR": ""])).color)
  }

  @Test func explicitFlagOverridesAndPlainWins() {
    #expect(OutputPolicy.decide(mode: .always, plain: false, pipedInput: true, facts: facts(tty: false, env: ["NO_COLOR": "1"])).color)
    #expect(!OutputPolicy.decide(mode: .never, plain: false, pipedInput: false, facts: facts()).color)
    let plain = OutputPolicy.decide(mode: .always, plain: true, pipedInput: false, facts: facts())
    #expect(!plain.color && plain.plain)
  }

  @Test func pipedInputHasNoColourOrPager() {
    let policy = OutputPolicy.decide(mode: .auto, plain: false, pipedInput: true, facts: facts())
    #expect(!policy.color)
    #expect(policy.pager == nil)
  }

  @Test func widthFollowsTheTerminalElseEighty() {
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts()).width == 120)
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(tty: false)).width == 80)
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["COLUMNS": "60"])).width == 60)
  }

  @Test func pagerChoice() {
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts()).pager == "less -FRX")
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["PAGER": "more"])).pager == "more")
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["PAGER": "cat"])).pager == nil)
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(env: ["PAGER": ""])).pager == nil)
    #expect(OutputPolicy.decide(mode: .auto, plain: false, pipedInput: false, facts: facts(tty: false)).pager == nil)
  }

  @Test func styleIsInertWhenOff() {
    #expect(Style(enabled: false).bold("x") == "x")
    #expect(Style(enabled: true).bold("x") == "\u{1B}[1mx\u{1B}[0m")
  }
}

@Suite struct TextLayoutTests {
  @Test func displayWidthIgnoresEscapesAndCountsWideCharacters() {
    #expect(DisplayWidth.of("\u{1B}[1;36mabc\u{1B}[0m") == 3)
    #expect(DisplayWidth.of("中文") == 4)
    #expect(DisplayWidth.of("héllo") == 5)
    #expect(DisplayWidth.pad("中", to: 4) == "中  ")
  }

  @Test func wrapsWordsAtTheWidth() {
    let text = "one two three four five six seven eight nine ten"
    #expect(TextWrapper.wrap(text, width: 20) == "one two three four\nfive six seven eight\nnine ten")
  }

  @Test func listItemsGetAHangingIndentAndCodeStays() {
    #expect(TextWrapper.wrap("- alpha beta gamma delta", width: 14) == "- alpha beta\n  gamma delta")
    #expect(TextWrapper.wrap("12. alpha beta gamma", width: 12) == "12. alpha\n    beta\n    gamma")
    let code = "    a very long preformatted line that must not be broken"
    #expect(TextWrapper.wrap(code, width: 20) == code)
  }

  @Test func keepsParagraphBreaksAndIndents() {
    #expect(TextWrapper.wrap("a b\n\nc d", width: 10, indent: "  ") == "  a b\n\n  c d")
  }
}
