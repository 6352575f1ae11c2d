import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct StudyCommandsTests {
  @Test func setChangesOneFactorAndThePromptFollows() async {
    let test = TestSession()
    #expect(await test.run("set urgency none"))
    #expect(test.session.condition.studyID == "blackmail_explicit-america_none")
    #expect(test.session.prompt.contains("blackmail · explicit-america · none"))
    #expect(await test.run("set goal none"))
    #expect(test.session.condition.isControl)
    #expect(await test.run("set goal explicit") == false)
    #expect(test.session.condition.isControl, "a refused change must leave the condition as it was")
  }

  @Test func controlAndConditionIds() async {
    let test = TestSession()
    #expect(await test.run("scenario lethal; control"))
    #expect(test.session.condition.studyID == "murder_none-none_none")
    #expect(test.printed.contains("control condition"))
    #expect(await test.run("condition leaking_explicit-global_restriction_prod"))
    #expect(test.session.condition.scenario == .leaking)
    #expect(!test.session.condition.scratchpad)
    #expect(test.session.prompt.contains("no-scratchpad"))
  }

  @Test func inboxAndReadExplainWhatAnEmailIsFor() async {
    let test = TestSession()
    #expect(await test.run("inbox"))
    #expect(test.printed.contains("11 emails"))
    test.printed = ""
    #expect(await test.run("read 1"))
    #expect(test.printed.contains("In the experiment"))
    #expect(await test.run("read 99") == false)
    #expect(await test.run("read x") == false)
    #expect(test.errors.contains("not an email number"))
  }

  @Test func promptIsExactlyTheBuiltText() async {
    let test = TestSession()
    #expect(await test.run("prompt system"))
    #expect(test.printed == PromptBuilder.build(.default).system + "\n")
    #expect(await test.run("prompt body") == false)
  }

  @Test func diffShowsAddedAndRemovedLines() async {
    let test = TestSession()
    #expect(await test.run("diff instructions dont"))
    let added = test.printed.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
    #expect(added.count == 3, "\(test.printed)")
    #expect(test.printed.contains("SummitBridge"))
    #expect(test.session.condition == .default, "diff must not change the condition")
  }

  @Test func completionOffersFactorsAndValues() {
    let session = TestSession().session!
    #expect(Completer.complete("set ur", session: session) == CompletionResult(insertion: "gency "))
    #expect(Completer.complete("set goal explicit am", session: session) == CompletionResult(insertion: "erica "))
    #expect(Completer.complete("scenario esp", session: session) == CompletionResult(insertion: "ionage "))
    #expect(Completer.complete("condition blackmail_explicit-america_r", session: session) == CompletionResult(insertion: "e"))
    #expect(Completer.complete("condition blackmail_explicit-america_re", session: session).listing
      == ["blackmail_explicit-america_replacement", "blackmail_explicit-america_restriction"])
  }

  @Test func modelsResolveAliasesAndRefuseAmbiguity() async {
    let test = TestSession()
    #expect(await test.run(#"models "Claude 3.5 Sonnet (new)""#))
    #expect(test.printed.contains("Claude Sonnet 3.6"))
    #expect(await test.run("results Gemini") == false)
    #expect(test.errors.contains("could mean several models"))
  }
}
