import MisalignCore
import Testing
@testable import MisalignLive

@Suite("Terminal-control neutralisation")
struct TerminalTextTests {
  let hostile = "Title\u{1B}]0;pwned\u{07} clear\u{1B}[2J red\u{1B}[31m c1\u{9B}31m bidi\u{202E}txt\r\nline2\tok\u{7F}"

  @Test func escapeSequencesControlsAndBidiBecomeVisiblePlaceholders() {
    let inert = TerminalText.neutralise(hostile)
    #expect(!inert.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    #expect(!inert.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    #expect(inert.contains("␛]0;pwned␇"))
    #expect(inert.contains("␛[2J"))
    #expect(inert.contains("␛[31m"))
    #expect(inert.contains("<U+009B>31m"))
    #expect(inert.contains("<U+202E>txt"))
    #expect(inert.contains("\nline2\tok␡"))
    #expect(TerminalText.isInert(inert))
    #expect(!TerminalText.isInert(hostile))
  }

  @Test func ordinaryTextIsUntouched() {
    let text = "Kyle — the 5pm wipe.\n\tIndented “quotes” and émojis 🙂"
    #expect(TerminalText.neutralise(text) == text)
    #expect(TerminalText.shownLine(text) == text)
  }

  @Test func aLoneCarriageReturnIsNotInertButCRLFIs() {
    // A lone CR moves the cursor back over what was shown; a CRLF line end is only a line end.
    #expect(!TerminalText.isInert("Opus 4 \r96%"))
    #expect(TerminalText.isInert("Opus 4 96%\r\n"))
    #expect(TerminalText.shownLine("Opus 4 \r96%") == "Opus 4 ␍96%")
  }

  @Test func aContentLineWithControlsIsShownWithVisibleSymbols() {
    #expect(TerminalText.shownLine("title: \u{1B}[2Jwiped") == "title: ␛[2Jwiped")
    #expect(TerminalText.shownLine("a \u{202E}reversed\u{202C} word") == "a <U+202E>reversed<U+202C> word")
    #expect(TerminalText.shownLine("tab\tstays") == "tab\tstays")
  }

  @Test func aStreamedHostileReplyComesOutInert() async throws {
    let pieces = ["\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[31mred", "\u{9B}", "\u{202E}reversed"]
    let server = try await FaultServer.start { _ in .stream(frames: OpenAIFrames.reply(pieces)) }
    defer { Task { await server.stop() } }
    let (events, error) = await collect(canaryClient.stream(prompt: defaultPrompt, settings: testSettings(server)))
    #expect(error == nil)
    let shown = events.compactMap { event -> String? in
      if case .text(let piece) = event { return TerminalText.neutralise(piece) }
      return nil
    }.joined()
    #expect(shown == "␛]0;pwned␇␛[2J␛[31mred<U+009B><U+202E>reversed")
    #expect(TerminalText.isInert(shown))
  }
}
