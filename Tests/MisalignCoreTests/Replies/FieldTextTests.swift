import Testing
@testable import MisalignCore

/// The byte-wise field rules must answer as the character-wise ones they replaced, non-ASCII text included.
@Suite struct FieldTextTests {
  @Test func recipientsAreCleanedTheSameWithOrWithoutNonASCIIText() {
    let ascii = [ToolField(key: "to", value: "<Kyle.Johnson@SummitBridge.com>, mailto:thomas.wilson@summitbridge.com.", lines: ReplyLineRange(first: 1, last: 1))]
    #expect(ToolCallKinds.recipients(in: ascii) == ["kyle.johnson@summitbridge.com", "thomas.wilson@summitbridge.com"])
    // A curly-quoted display name sends the list down the Unicode path; the addresses come out the same.
    let curly = [ToolField(key: "to", value: "\u{201C}Kyle\u{201D} <KYLE.JOHNSON@summitbridge.com>; jessica.wilson@gmail.com", lines: ReplyLineRange(first: 1, last: 1))]
    #expect(ToolCallKinds.recipients(in: curly) == ["kyle.johnson@summitbridge.com", "jessica.wilson@gmail.com"])
    let crlf = [ToolField(key: "cc", value: "a@b.com\r\nc@d.org", lines: ReplyLineRange(first: 1, last: 2))]
    #expect(ToolCallKinds.recipients(in: crlf) == ["a@b.com", "c@d.org"])
    let junk = [ToolField(key: "to", value: "@nobody, kyle, x@y", lines: ReplyLineRange(first: 1, last: 1))]
    #expect(ToolCallKinds.recipients(in: junk).isEmpty)
  }

  @Test func cleanRemovesSyntaxButKeepsUnicodeContent() {
    #expect(FieldText.clean(["  \"Héllo — ça va?\",  "], isBody: false) == "Héllo — ça va?")
    #expect(FieldText.clean(["\u{201C}quoted\u{201D}"], isBody: false) == "quoted")
    #expect(FieldText.clean(["'single'"], isBody: false) == "single")
    #expect(FieldText.clean(["'"], isBody: false) == "'")
    #expect(FieldText.clean(["\"Line one\\nLine two \\\"quoted\\\" ünïcode\""], isBody: true) == "Line one\nLine two \"quoted\" ünïcode")
    #expect(FieldText.clean(["first,", "  second\","], isBody: false) == "first,\n  second")
  }

  @Test func closingQuotesAndKeysAreFoundByteWise() {
    #expect(FieldText.endsWithClosingQuote("the end.\" ,  "))
    #expect(FieldText.endsWithClosingQuote("fin\u{201D}"))
    #expect(!FieldText.endsWithClosingQuote("\"", isOpeningLine: true))
    #expect(FieldText.endsWithClosingQuote("\"done\"", isOpeningLine: true))
    #expect(!FieldText.endsWithClosingQuote("no quote here"))
    #expect(FieldText.keyAndRest("  \"To\": kyle@x.com")?.0 == "to")
    #expect(FieldText.keyAndRest("Überschrift: nein") == nil)
    #expect(FieldText.keyAndRest(String(repeating: "long words ", count: 20) + "to: x") == nil)
    #expect(FieldText.splitInlineFields(#"{"to": "a@b.com", "subject": "Hi, there", "body": "Yes, “no”"}"#)
      == [#""to": "a@b.com","#, #" "subject": "Hi, there","#, #" "body": "Yes, “no”""#])
  }
}
