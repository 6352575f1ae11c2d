import Testing

@testable import MisalignShell

@Suite struct MarkdownInlineTests {
  let plain = MarkdownRenderer(style: Style(enabled: false), width: 80, plain: false)
  let coloured = MarkdownRenderer(style: Style(enabled: true), width: 80, plain: false)

  @Test func markersAreDroppedWithoutColourAndCodeKeepsItsTicks() {
    #expect(plain.inline("a **bold** and *soft* word, `prompt all` — done") == "a bold and soft word, `prompt all` — done")
  }

  @Test func colourWrapsExactlyTheMarkedText() {
    let style = Style(enabled: true)
    #expect(coloured.inline("x **b** y `c` z *i*") == "x \(style.bold("b")) y \(style.cyan("c")) z \(style.apply(.italic, "i"))")
  }

  @Test func unmatchedAndListMarkersStayAsWritten() {
    #expect(plain.inline("5 * 3 and 2** and ` alone") == "5 * 3 and 2** and ` alone")
    #expect(plain.inline("** never closed") == "** never closed")
    #expect(plain.inline("") == "")
  }

  @Test func textAroundMarkersKeepsEveryCharacter() {
    let text = "Émilie’s 🤖 **Opus 4** said «non» e\u{301} `code` end"
    #expect(plain.inline(text) == "Émilie’s 🤖 Opus 4 said «non» e\u{301} `code` end")
  }
}
