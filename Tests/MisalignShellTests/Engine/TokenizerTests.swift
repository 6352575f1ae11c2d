import Testing
@testable import MisalignShell

@Suite struct TokenizerTests {
  @Test func splitsWordsAndCommands() throws {
    let commands = try Tokenizer.split("set urgency none; results  all")
    #expect(commands.map(\.words) == [["set", "urgency", "none"], ["results", "all"]])
    #expect(commands[0].columns == [0, 4, 12])
  }

  @Test func doubleQuotesKeepSemicolonsAndSpaces() throws {
    let commands = try Tokenizer.split(#"check "it said; 96%" ; about"#)
    #expect(commands.map(\.words) == [["check", "it said; 96%"], ["about"]])
  }

  @Test func escapesInsideDoubleQuotesAndOutside() throws {
    #expect(try Tokenizer.split(#"check "a \"quoted\" word""#)[0].words == ["check", #"a "quoted" word"#])
    #expect(try Tokenizer.split(#"check a\ b\;c"#)[0].words == ["check", "a b;c"])
    // Inside double quotes a backslash before an ordinary character stays, as in sh.
    #expect(try Tokenizer.split(#"check "C:\path""#)[0].words == ["check", #"C:\path"#])
  }

  @Test func singleQuotesAreLiteral() throws {
    #expect(try Tokenizer.split(#"check 'no \escape; here'"#)[0].words == ["check", #"no \escape; here"#])
  }

  @Test func adjacentQuotedPartsJoinOneWord() throws {
    #expect(try Tokenizer.split(#"say "a"'b'c"#)[0].words == ["say", "abc"])
  }

  @Test func emptyQuotedArgumentIsKept() throws {
    #expect(try Tokenizer.split(#"check """#)[0].words == ["check", ""])
  }

  @Test func commentsAndBlankCommandsDisappear() throws {
    #expect(try Tokenizer.split("  # a comment; not a command").isEmpty)
    #expect(try Tokenizer.split("about # trailing comment")[0].words == ["about"])
    #expect(try Tokenizer.split("a#b")[0].words == ["a#b"])
    #expect(try Tokenizer.split(";;  ; about;").map(\.words) == [["about"]])
  }

  @Test func unterminatedQuoteIsAnErrorNamingTheColumn() {
    #expect(throws: Tokenizer.Failure.unterminatedQuote("\"", column: 6)) { try Tokenizer.split(#"check "open"#) }
    #expect(throws: Tokenizer.Failure.danglingEscape(column: 5)) { try Tokenizer.split(#"check\"#) }
  }

  @Test func unicodeSurvives() throws {
    #expect(try Tokenizer.split("check \"héllo 中文 ✓\"")[0].words == ["check", "héllo 中文 ✓"])
  }

  @Test func partialReportsTheWordUnderTheCursor() {
    #expect(Tokenizer.partial("hel") == .init(words: [], current: "hel", openQuote: nil))
    #expect(Tokenizer.partial("help ") == .init(words: ["help"], current: "", openQuote: nil))
    #expect(Tokenizer.partial("about; set urg") == .init(words: ["set"], current: "urg", openQuote: nil))
    #expect(Tokenizer.partial(#"check "it sa"#) == .init(words: ["check"], current: "it sa", openQuote: "\""))
  }
}
