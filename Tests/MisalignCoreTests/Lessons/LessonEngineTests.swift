import Foundation
import Testing
@testable import MisalignCore

@Suite struct LessonEngineTests {
  func makeEngine(store: ProgressStore?) throws -> LessonEngine {
    LessonEngine(library: LessonLibrary(lessons: [try LessonTestSupport.parsedSample()]), store: store)
  }

  @Test func playsALessonEndToEndAndResumesFromTheSavedFile() throws {
    let directory = try LessonTestSupport.temporaryDirectory()
    let store = ProgressStore(path: directory + "/progress")
    var engine = try makeEngine(store: store)
    #expect(engine.promptLabel == nil)
    #expect(throws: LessonEngineError.noLessonOpen) { try engine.next() }

    let opened = try engine.open("sam")
    #expect(opened.blocks.first == .lessonHeading(number: 1, title: "A sample lesson", minutes: 5))
    #expect(opened.blocks.contains(.stepHeading(number: 1, total: 5, kind: .text, title: "Welcome")))
    #expect(engine.promptLabel == "lesson 1 · step 1/5")

    // Text step: next moves straight on.
    _ = try engine.next()
    #expect(engine.promptLabel == "lesson 1 · step 2/5")

    // Predict step: next is refused until a guess is given.
    let refused = try engine.next()
    #expect(refused.status == .refused)
    #expect(refused.plainText.contains("answer"))
    #expect(engine.currentStepNumber == 2)
    let hint = try engine.hint()
    #expect(hint.blocks == [.hint(text: "It is high.", number: 1, total: 1)])
    let guess = try engine.answer("70%")
    #expect(guess.blocks.contains(.feedback(.incorrect, "You guessed 70%; the figure is 96%. That is 26 percentage points too low.")))
    #expect(guess.blocks.contains(.reveal("96%, stated in the text.")))

    // Quiz step: a wrong answer, then the right one; hints cycle.
    _ = try engine.next()
    #expect(engine.currentStepNumber == 3)
    let firstHint = try engine.hint()
    #expect(firstHint.blocks == [.hint(text: "first hint", number: 1, total: 2)])
    let secondHint = try engine.hint()
    #expect(secondHint.blocks == [.hint(text: "second hint", number: 2, total: 2)])
    let cycledHint = try engine.hint()
    #expect(cycledHint.blocks == [.hint(text: "first hint", number: 1, total: 2)])
    let wrong = try engine.answer("a")
    #expect(wrong.blocks.first == .feedback(.incorrect, "a) Gemini 2.5 Pro: not the best answer."))
    #expect(wrong.blocks.last == .instruction("Try another letter with `answer`, or type `next` to move on."))
    #expect(wrong.blocks.contains(.markdown("That one is 95%.")))
    let right = try engine.answer("B")
    #expect(right.blocks.first == .feedback(.correct, "b) Claude Opus 4: correct."))

    // back and goto revisit steps and show earlier answers.
    let previous = try engine.back()
    #expect(previous.blocks.contains(.feedback(.neutral, "You guessed 70% here before.")))
    #expect(throws: LessonEngineError.noSuchStep("9", stepCount: 5)) { try engine.goto("9") }
    _ = try engine.goto("4")
    #expect(engine.promptLabel == "lesson 1 · step 4/5")

    // Try step: commands that fail or do not match do not count; the right one does.
    let refusedTry = try engine.next()
    #expect(refusedTry.status == .refused)
    let failedCommand = engine.noteCommand("set urgency none", succeeded: false)
    #expect(failedCommand == nil)
    let otherCommand = engine.noteCommand("results", succeeded: true)
    #expect(otherCommand == nil)
    let satisfiedOutput = engine.noteCommand("set urgency none", succeeded: true)
    let satisfied = try #require(satisfiedOutput)
    #expect(satisfied.blocks.first == .feedback(.correct, "Done: that is the command this step asked for."))
    let afterTry = try engine.next()
    #expect(afterTry.status == .ok)
    #expect(engine.promptLabel == "lesson 1 · step 5/5")

    // A new engine on the same file resumes at the same place with the same answers.
    var resumed = try makeEngine(store: store)
    #expect(resumed.startupNotices.isEmpty)
    #expect(resumed.promptLabel == "lesson 1 · step 5/5")
    let progress = resumed.learner.lessons["sample"]
    #expect(progress?.doneSteps == [1, 2, 3, 4, 5])
    #expect(progress?.answers[2] == ["70%"])
    #expect(progress?.answers[3] == ["a", "B"])

    let finished = try resumed.next()
    #expect(finished.plainText.contains("Lesson 1 is complete: 5 of 5 steps done."))
    let report = resumed.progressReport()
    guard case .progressTable(let rows) = report.blocks.first else {
      Issue.record("progress did not return a table")
      return
    }
    #expect(rows.count == 1)
    #expect(rows[0].finished)
    #expect(rows[0].stepsDone == 5)
    #expect(rows[0].answeredQuestions == 2)
    #expect(rows[0].answers.map(\.firstAttemptCorrect) == [false, false])
    #expect(rows[0].answers.map(\.given) == [["70%"], ["a", "B"]])

    // Reset clears the lesson, on disk too.
    _ = try resumed.reset(.currentLesson)
    #expect(resumed.promptLabel == "lesson 1 · step 1/5")
    let afterReset = try makeEngine(store: store)
    #expect(afterReset.learner.lessons["sample"]?.answers.isEmpty == true)
    #expect(afterReset.learner.lessons["sample"]?.finished == false)
  }

  @Test func secondNextSkipsAndProgressListsTheSkip() throws {
    var engine = try makeEngine(store: nil)
    _ = try engine.open("1")
    _ = try engine.goto("2")
    let refusedPredict = try engine.next()
    #expect(refusedPredict.status == .refused)
    let skippedPredict = try engine.next()
    #expect(skippedPredict.status == .ok)
    #expect(engine.currentStepNumber == 3)
    guard case .progressTable(let rows) = engine.progressReport().blocks.first else {
      Issue.record("progress did not return a table")
      return
    }
    #expect(rows[0].skippedSteps == [2])
  }

  @Test func anAnswerInBetweenDisarmsTheSkip() throws {
    var engine = try makeEngine(store: nil)
    _ = try engine.open("sample")
    _ = try engine.goto("3")
    let refusedQuiz = try engine.next()
    #expect(refusedQuiz.status == .refused)
    #expect(throws: LessonEngineError.self) { try engine.answer("z") }
    _ = try engine.hint()
    let stillRefused = try engine.next()
    #expect(stillRefused.status == .refused)
  }

  @Test func closeGuessWithinToleranceIsCorrect() throws {
    var engine = try makeEngine(store: nil)
    _ = try engine.open("sample")
    _ = try engine.goto("2")
    let output = try engine.answer("about 93")
    #expect(output.blocks.first == .feedback(.correct, "You guessed 93%; the figure is 96%. Close: 3 percentage points off."))
  }

  @Test func answeringATextStepIsAnErrorThatSaysWhatToDo() throws {
    var engine = try makeEngine(store: nil)
    _ = try engine.open("sample")
    #expect(throws: LessonEngineError.nothingToAnswer(step: 1, kind: .text)) { try engine.answer("a") }
    #expect(LessonEngineError.nothingToAnswer(step: 1, kind: .text).description.contains("`next`"))
  }

  @Test func lookupByNumberSlugAndPrefix() throws {
    let library = LessonLibrary.load(directories: [LessonTestSupport.builtInLessonsDirectory])
    #expect(try library.find("2").lesson.id == "blackmail-scenario")
    #expect(try library.find("lethal-action").number == 6)
    #expect(try library.find("espi").lesson.id == "espionage-without-threat")
    #expect(throws: LessonEngineError.self) { try library.find("13") }
    #expect(throws: LessonEngineError.ambiguousLesson("s", candidates: ["study-in-one-page", "sixteen-models"])) {
      try library.find("s")
    }
  }

  @Test func corruptProgressFileIsReportedAndTheEngineStillWorks() throws {
    let directory = try LessonTestSupport.temporaryDirectory()
    try "this is not a progress file\n".write(toFile: directory + "/progress", atomically: true, encoding: .utf8)
    var engine = try makeEngine(store: ProgressStore(path: directory + "/progress"))
    #expect(engine.startupNotices.count == 1)
    #expect(engine.startupNotices[0].contains("progress.corrupt-"))
    // Reported once: whoever takes the notices (the shell at start, or the first `lessons`) leaves none behind.
    #expect(engine.takeStartupNotices().count == 1)
    #expect(engine.takeStartupNotices().isEmpty)
    _ = try engine.open("sample")
    #expect(FileManager.default.fileExists(atPath: directory + "/progress"))
  }

  static let builtInIDs = LessonLibrary.load(directories: [LessonTestSupport.builtInLessonsDirectory]).lessons.map(\.id)

  @Test(arguments: builtInIDs)
  func builtInLessonPlaysThroughWithScriptedAnswers(id: String) throws {
    let library = LessonLibrary.load(directories: [LessonTestSupport.builtInLessonsDirectory])
    var engine = LessonEngine(library: library, store: nil)
    _ = try engine.open(id)
    var stepsTaken = 0
    while stepsTaken < 30 {
      stepsTaken += 1
      let (_, lesson) = try #require(engine.currentLesson)
      let step = try #require(engine.currentStepNumber)
      switch lesson.steps[step - 1].task {
      case .text: break
      case .predict(let predict):
        switch predict.expected {
        case .number(let value, _, _):
          let predictOutput = try engine.answer(NumberReading.format(value))
          #expect(predictOutput.blocks.first?.plainText.contains("exactly") == true)
        case .choice(_, let correct):
          let predictOutput = try engine.answer(ChoiceSelector.letter(correct))
          #expect(predictOutput.blocks.first?.plainText.contains("That is what the study found") == true)
        }
      case .quiz(let quiz):
        let letter = ChoiceSelector.letter(try #require(quiz.correctIndex))
        let quizOutput = try engine.answer(letter)
        #expect(quizOutput.blocks.first?.plainText.hasSuffix("correct.") == true)
      case .tryCommand(let task):
        let tryOutput = engine.noteCommand(task.run, succeeded: true)
        #expect(tryOutput != nil)
      }
      let output = try engine.next()
      #expect(output.status == .ok)
      if output.plainText.contains("is complete") { break }
    }
    #expect(engine.learner.lessons[id]?.finished == true)
    #expect(engine.learner.lessons[id]?.skippedSteps.isEmpty == true)
    let lesson = try #require(engine.currentLesson?.lesson)
    #expect(engine.learner.lessons[id]?.doneSteps == Set(1...lesson.steps.count))
  }
}
