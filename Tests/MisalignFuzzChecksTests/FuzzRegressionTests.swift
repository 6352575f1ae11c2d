import Foundation
import MisalignCore
import MisalignFuzzChecks
import Testing

/// Inputs the fuzz checks found breaking an invariant, kept so each fix stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static func bytes(_ base64: String) -> [UInt8] { Array(Data(base64Encoded: base64)!) }

  @Test("a word that starts with a combining mark reads back after quoting")
  func combiningMarkAfterQuote() {
    // U+0301 then `t<thinking>es: 10`: quoting put `'` before U+0301, the two formed one grapheme and the
    // quote was never seen, so the re-quoted line failed with an unclosed quote.
    #expect(FuzzChecks.tokenizer(Self.bytes("zIF0PHRoaW5raW5nPmVzOiAxMA==")) == [])
    // Found by `scripts/fuzz --fast tokenizer`: a `'` inside a word, joined by U+0616 into one Character,
    // was left unescaped by a Character-level replacement in the quoting, so the re-quoted line read differently.
    #expect(FuzzChecks.tokenizer(Self.bytes("cwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB1ICIiIiIiIiL/IiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIhIiIiIiIiIiJiIiIiIiIiIiIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiIiIiIiIiIgAAAAAAACIiIv87O/8AACfYluBzJyP//yIiIiIiIiIiIiIiIiJuZQ==")) == [])
    #expect(FuzzChecks.quote("a'\u{616}b") == "'a'\\''\u{616}b'")
  }

  @Test("a saved quiz answer reads back unchanged, runs of spaces and control characters included", arguments: [
    // Found by `scripts/fuzz progress`: the reader split an answer into words and joined them with one space.
    "bWlzYWxpZ24tcHJvZ3Jlc3MgMQojIExlc3NvbiBwcm9ncmVzcyBvZiBtaXNhbGlnbi4gYHJlc2V0IGFsbGAgaW4gdGhsIGNsZWFyc2NrbWFpbC1zY2VuYXJpbyAxIDgwCmFuc3dlciBibGFja20tY2lzYWVsbmFybm8gMiBhIGd1ZXMGBgb5+fn5/////////////////////////////////////////xYAAAAAAAAA+fn5+fn5+fn5+fn5+fn5+QkAAAAAAAAA+fn5+fn5+fn5+fn5+fn5+fn5+fn5+QAAAAANIAwAAABfX19fCQAAAAAAX18yMjIyYSBndWVzcyB3aXRodGVwIDcgZG9uZSAxIDEsMiw0IHNrcGVkIDNpZiBuaXNoZWQgeWVzCg==",
    Data("misalign-progress 1\nanswer x 1 a   b\n".utf8).base64EncodedString(),
  ])
  func progressAnswerRoundTrip(_ base64: String) throws {
    let check = try #require(FuzzChecks.target(named: "progress"))
    #expect(check.check(Self.bytes(base64)) == [])
  }

  @Test("errors about content never carry its control characters", arguments: [
    ("config", "dABpbWVvdXQgPSA2MA=="),  // `t\0imeout = 60`
    ("progress", "bWlzYWxpZ24tcHJvZ3Jlc3MgMQphbhtbMzFtc3dlciB4IDEgMgo="),  // `an␛[31mswer x 1 2`
    ("results-tsv", "aWQJbW9kZWwKZmkbWzMxbTcJeAo="),
    ("claims-tsv", "aWQJbnVtYmVyCWNsYWltCWNhdGVnb3J5CmEbWzMxbQkxCXgJeAo="),
    ("lesson", "LS0tCnRpdGwbZTogeAotLS0K"),  // front matter line `titl␛e: x`
    ("transcript", "LS0tCmlkOiBhGwotLS0K"),
    // Found by `scripts/fuzz --fast stream`: an error event whose type began with a DEL byte (`\u{7F}verloaded_error`).
    ("stream", "ZXZlbnQ6IGVycm9yCmRhdGE6IHsidHlwZSI6ImVycm9yIiwiZXJyb3IiOnsidHlwZSI6In92ZXJsb2FkZWRfZXJyb3IiLCJtZXNzYWdlIjoiIn19Cgo="),
  ])
  func contentErrorsAreInert(_ target: String, _ base64: String) throws {
    let check = try #require(FuzzChecks.target(named: target))
    #expect(check.check(Self.bytes(base64)) == [])
  }
}

@Suite("Fuzz regressions: visible control characters")
struct VisibleControlCharacterTests {
  @Test("a content problem shows ESC as ␛")
  func contentProblemShowsEscape() {
    let problem = MisalignCore.ContentProblem(file: "a.md", line: 2, message: "id `x\u{1B}[2J`", fix: "rename it")
    #expect(problem.description == "a.md:2: id `x␛[2J`. Fix: rename it")
  }
}
