import Testing
@testable import MisalignCore

@Suite struct LessonParserTests {
  @Test func parsesEveryStepKind() throws {
    let lesson = try LessonTestSupport.parsedSample()
    #expect(lesson.id == "sample")
    #expect(lesson.minutes == 5)
    #expect(lesson.steps.map(\.kind) == [.text, .predict, .quiz, .try, .text])
    guard case .predict(let predict) = lesson.steps[1].task else {
      Issue.record("step 2 is not a predict step")
      return
    }
    #expect(predict.expected == .number(value: 96, unit: "%", tolerance: 5))
    #expect(predict.question == "How often did Claude Opus 4 blackmail?")
    guard case .quiz(let quiz) = lesson.steps[2].task else {
      Issue.record("step 3 is not a quiz step")
      return
    }
    #expect(quiz.correctIndex == 1)
    #expect(quiz.choices[0].feedback == "That one is 95%.")
    #expect(lesson.steps[2].hints == ["first hint", "second hint"])
    #expect(lesson.steps[2].body == "Which model?")
    #expect(lesson.steps[3].line == 26)
  }

  @Test func predictWithChoicesAcceptsLetterAnswer() throws {
    let text = """
      ---
      id: x
      title: X
      minutes: 1
      order: 1
      ---
      ## predict: Which Gemini?
      Which one?
      choices: Gemini 2.5 Pro | Gemini 2.5 Flash
      answer: b
      reveal: Flash.
      """
    let lesson = try LessonParser.parse(text, path: "x.md")
    #expect(lesson.steps[0].task == .predict(PredictTask(question: nil, expected: .choice(choices: ["Gemini 2.5 Pro", "Gemini 2.5 Flash"], correctIndex: 1), reveal: "Flash.")))
  }

  /// Each broken lesson, and the line and words its error must name.
  static let brokenLessons: [(text: String, line: Int, mentions: String)] = [
    ("id: x\n", 1, "front matter"),
    ("---\nid: x\ntitle: X\nminutes: ten\norder: 1\n---\n## text: A\nprose\n", 4, "minutes"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\ncolour: red\n---\n", 6, "unknown front matter key"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## poem: A\nprose\n", 7, "unknown step kind"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## quiz: A\nQ?\n- [x] a :: yes\n- [ ] b\n", 10, "no feedback"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## quiz: A\nQ?\n- [x] a :: yes\n- [x] b :: also\n", 9, "marks 2 choices correct"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## predict: A\nGuess.\nanswer: lots\nreveal: r\n", 9, "not a number"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## predict: A\nGuess.\nanswer: 5\n", 7, "no `reveal:`"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## try: A\nrun: results\n", 7, "no `expect:`"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## text: A\nprose\nrun: results\n", 9, "does not belong in a text step"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\nstray prose\n## text: A\nprose\n", 7, "before the first step"),
    ("---\nid: Bad Id\ntitle: X\nminutes: 1\norder: 1\n---\n## text: A\nprose\n", 2, "not a slug"),
    ("---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n", 6, "no steps"),
  ]

  @Test(arguments: brokenLessons.indices)
  func formatErrorsNameFileLineAndFix(index: Int) {
    let broken = Self.brokenLessons[index]
    do {
      _ = try LessonParser.parse(broken.text, path: "Lessons/99-broken.md")
      Issue.record("case \(index) parsed but should have failed")
    } catch {
      #expect(error.file == "Lessons/99-broken.md")
      #expect(error.line == broken.line, "case \(index): \(error.description)")
      #expect(error.message.contains(broken.mentions) || error.fix.contains(broken.mentions), "case \(index): \(error.description)")
      #expect(error.description.hasPrefix("Lessons/99-broken.md:\(broken.line): "))
      #expect(!error.fix.isEmpty)
    }
  }

  @Test func directiveWordsInsideCodeFencesStayProse() throws {
    let text = "---\nid: x\ntitle: X\nminutes: 1\norder: 1\n---\n## text: A\n```\nrun: results\n## not a step\n```\n"
    let lesson = try LessonParser.parse(text, path: "x.md")
    #expect(lesson.steps.count == 1)
    #expect(lesson.steps[0].body.contains("run: results"))
  }
}
