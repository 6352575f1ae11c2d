import Testing
@testable import MisalignCore

@Suite struct LessonValidatorTests {
  let validator = LessonValidator(knownPercentages: ["96%", "80", "55.1%"])

  func lesson(id: String = "x", order: Int = 1, body: String, extraFrontMatter: String = "") -> String {
    "---\nid: \(id)\ntitle: X\nminutes: 1\norder: \(order)\n\(extraFrontMatter)---\n## text: One\n\(body)\n\n## text: Take-away\nDone.\n"
  }

  @Test func acceptsKnownPercentages() {
    let problems = validator.validate(sources: [("a.md", lesson(body: "Opus 4 96%, GPT-4.1 80 %, real 55.1%."))])
    #expect(problems.isEmpty, "\(problems.map(\.description))")
  }

  @Test func catchesAnUnknownPercentageWithItsLine() {
    let problems = validator.validate(sources: [("a.md", lesson(body: "Fine 96%.\nThe rate was 52.3% per run."))])
    #expect(problems.count == 1)
    #expect(problems.first?.line == 9)
    #expect(problems.first?.description.hasPrefix("a.md:9: 52.3% is not a published percentage") == true)
  }

  @Test func declaredQuotedPercentagesAreAllowed() {
    let problems = validator.validate(sources: [
      ("a.md", lesson(body: "A headline said 52.3%.", extraFrontMatter: "quoted-percentages: 52.3%\n"))
    ])
    #expect(problems.isEmpty)
  }

  @Test func checksPredictAnswersInPercent() {
    let text = "---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## predict: P\nGuess.\nanswer: 37\nunit: %\nreveal: see chart\n\n## text: Take-away\nDone.\n"
    let problems = validator.validate(sources: [("p.md", text)])
    #expect(problems.map(\.line) == [7])
    #expect(problems.first?.message.contains("37%") == true)
  }

  @Test func catchesDuplicateIDsAndOrders() {
    let problems = validator.validate(sources: [
      ("a.md", lesson(id: "same", order: 1, body: "a")),
      ("b.md", lesson(id: "same", order: 1, body: "b")),
    ])
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { $0.file == "b.md" })
    #expect(problems.contains { $0.message.contains("id `same`") })
    #expect(problems.contains { $0.message.contains("order 1") })
  }

  @Test func requiresATakeAwayAtTheEnd() {
    let text = "---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## text: One\nprose\n"
    let problems = validator.validate(sources: [("t.md", text)])
    #expect(problems.count == 1)
    #expect(problems.first?.line == 7)
    #expect(problems.first?.message == "the last step is not a take-away")
  }

  @Test func reportsParseErrorsAsFileLine() {
    let problems = validator.validate(sources: [("q.md", "---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## quiz: Q\nWhich?\n- [x] a :: yes\n- [ ] b ::\n")])
    #expect(problems.count == 1)
    #expect(problems.first?.description.hasPrefix("q.md:10: quiz choice has empty feedback") == true)
  }

  @Test func findsPercentagesInText() {
    #expect(LessonValidator.percentages(in: "from 96% to 37 % and 55.1%, a 0–7% range") == ["96", "37", "55.1", "7"])
    #expect(LessonValidator.percentages(in: "100%.") == ["100"])
  }
}
