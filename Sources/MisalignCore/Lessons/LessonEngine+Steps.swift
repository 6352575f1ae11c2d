#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the learner sees of a step, and how an answer to a predict or quiz step is judged.
extension LessonEngine {
  mutating func enterStep(blocks: [LessonBlock]) -> LessonOutput {
    guard let (_, lesson) = currentLesson else { return LessonOutput(blocks: blocks) }
    let step = clampedStep(lesson)
    skipArmedStep = nil
    if lesson.steps[step - 1].kind == .text {
      learner.lessons[lesson.id]?.doneSteps.insert(step)
    }
    return LessonOutput(blocks: blocks + stepBlocks(lesson, step) + saveNotices())
  }

  func stepBlocks(_ lesson: Lesson, _ number: Int) -> [LessonBlock] {
    let step = lesson.steps[number - 1]
    let total = lesson.steps.count
    let progress = learner.lessons[lesson.id]
    let given = progress?.answers[number] ?? []
    let isLast = number == total
    var blocks: [LessonBlock] = [.stepHeading(number: number, total: total, kind: step.kind, title: step.title)]
    if !step.body.isEmpty { blocks.append(.markdown(step.body)) }
    switch step.task {
    case .text:
      blocks.append(.instruction(isLast ? "Type `next` to finish the lesson." : "Type `next` to continue."))
    case .predict(let predict):
      if let question = predict.question { blocks.append(.question(question)) }
      if case .choice(let choices, _) = predict.expected {
        blocks.append(.choices(labeled(choices)))
      }
      if let last = given.last {
        blocks.append(.feedback(.neutral, "You guessed \(last) here before."))
        blocks.append(.reveal(predict.reveal))
        blocks.append(.instruction("Type `next` to continue, or `answer …` to guess again."))
      } else {
        blocks.append(.instruction(predictInstruction(predict)))
      }
    case .quiz(let quiz):
      if let question = quiz.question { blocks.append(.question(question)) }
      blocks.append(.choices(labeled(quiz.choices.map(\.text))))
      if let last = given.last {
        blocks.append(.feedback(.neutral, "You answered \(last) here before."))
        blocks.append(.instruction("Type `next` to continue, or `answer <letter>` to try another choice."))
      } else {
        blocks.append(.instruction("Type `answer <letter>`, e.g. `answer a`."))
      }
    case .tryCommand(let task):
      if progress?.doneSteps.contains(number) == true {
        blocks.append(.feedback(.correct, "You ran this step's command already."))
        blocks.append(.instruction("Run `\(task.run)` again if you like, or type `next`."))
      } else {
        blocks.append(.instruction("Run `\(task.run)`, then type `next`."))
      }
    }
    return blocks
  }

  func labeled(_ choices: [String]) -> [LabeledChoice] {
    choices.enumerated().map { LabeledChoice(letter: ChoiceSelector.letter($0.offset), text: $0.element) }
  }

  func predictInstruction(_ predict: PredictTask) -> String {
    switch predict.expected {
    case .number(_, let unit, _):
      // No example number: any number shown here would anchor the learner's guess.
      let example = unit == "%" ? "`answer <number>` (in %)" : unit.map { "`answer <number>` (in \($0))" } ?? "`answer <number>`"
      return "Commit to a guess before the reveal: type \(example)."
    case .choice:
      return "Commit to a guess before the reveal: type `answer <letter>`."
    }
  }

  func refusal(_ step: LessonStep) -> String {
    let skip = " (Type `next` again to skip it; `progress` will list it as skipped.)"
    switch step.task {
    case .text:
      return "Type `next` to continue."
    case .predict:
      return "This step wants your guess before it reveals the answer: type `answer <your guess>`." + skip
    case .quiz:
      return "This step wants an answer first: type `answer <letter>`." + skip
    case .tryCommand(let task):
      return "This step wants you to run `\(task.run)` first; its output is what the next steps talk about." + skip
    }
  }

  func judgePrediction(_ predict: PredictTask, given: String) throws(LessonEngineError) -> [LessonBlock] {
    switch predict.expected {
    case .number(let value, let unit, let tolerance):
      guard let guess = NumberReading.firstNumber(in: given) else {
        throw .unreadableAnswer(given, expected: "type a number, e.g. `answer 12`")
      }
      let distance = abs(guess - value)
      let shownUnit = unit ?? ""
      let gap = unit == "%" ? "percentage points" : (unit.map { $0 } ?? "")
      let guessText = NumberReading.format(guess) + shownUnit
      let answerText = NumberReading.format(value) + shownUnit
      let verdict: String
      let tone: FeedbackTone
      if distance == 0 {
        verdict = "You guessed \(guessText): exactly the published figure."
        tone = .correct
      } else if distance <= tolerance {
        verdict = "You guessed \(guessText); the figure is \(answerText). Close: \(NumberReading.format(distance)) \(gap) off.".replacingSpaces()
        tone = .correct
      } else {
        let direction = guess < value ? "too low" : "too high"
        verdict = "You guessed \(guessText); the figure is \(answerText). That is \(NumberReading.format(distance)) \(gap) \(direction).".replacingSpaces()
        tone = .incorrect
      }
      return [.feedback(tone, verdict), .reveal(predict.reveal)]
    case .choice(let choices, let correct):
      guard let picked = ChoiceSelector.index(of: given, in: choices) else {
        throw .unreadableAnswer(given, expected: "type a letter from a to \(ChoiceSelector.letter(choices.count - 1))")
      }
      let pickedText = "\(ChoiceSelector.letter(picked))) \(choices[picked])"
      let verdict: LessonBlock =
        picked == correct
        ? .feedback(.correct, "You picked \(pickedText). That is what the study found.")
        : .feedback(.incorrect, "You picked \(pickedText). The study's answer is \(ChoiceSelector.letter(correct))) \(choices[correct]).")
      return [verdict, .reveal(predict.reveal)]
    }
  }

  func judgeQuiz(_ quiz: QuizTask, given: String) throws(LessonEngineError) -> [LessonBlock] {
    guard let picked = ChoiceSelector.index(of: given, in: quiz.choices.map(\.text)) else {
      throw .unreadableAnswer(given, expected: "type a letter from a to \(ChoiceSelector.letter(quiz.choices.count - 1))")
    }
    let choice = quiz.choices[picked]
    let label = "\(ChoiceSelector.letter(picked))) \(choice.text)"
    if choice.isCorrect {
      return [.feedback(.correct, "\(label): correct."), .markdown(choice.feedback)]
    }
    return [.feedback(.incorrect, "\(label): not the best answer."), .markdown(choice.feedback)]
  }
}
