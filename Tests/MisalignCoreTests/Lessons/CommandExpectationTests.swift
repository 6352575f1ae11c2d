import Testing
@testable import MisalignCore

@Suite struct CommandExpectationTests {
  @Test func matchesWholeWordPrefixIgnoringCaseAndSpacing() {
    let expectation = CommandExpectation("set urgency none")
    #expect(expectation.matches("set urgency none"))
    #expect(expectation.matches("  Set   URGENCY none  "))
    #expect(expectation.matches("set urgency none now"))
    #expect(!expectation.matches("set urgency nonexistent"))
    #expect(!expectation.matches("set urgency"))
    #expect(!expectation.matches("results"))
  }

  @Test func quotesDoNotMatter() {
    #expect(CommandExpectation("check").matches("check \"96% of AI models chose blackmail\""))
    #expect(CommandExpectation("check 96%").matches("check \"96% of models\""))
  }
}
