#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the learner stands in a lesson, and what is saved of it.
extension LessonEngine {
  func clampedStep(_ lesson: Lesson) -> Int {
    min(max(learner.lessons[lesson.id]?.currentStep ?? 1, 1), lesson.steps.count)
  }

  func isSatisfied(_ lesson: Lesson, _ step: Int) -> Bool {
    let progress = learner.lessons[lesson.id]
    if lesson.steps[step - 1].kind == .text { return true }
    return progress?.doneSteps.contains(step) == true || progress?.skippedSteps.contains(step) == true
  }

  func doneCount(_ lesson: Lesson, _ progress: LessonProgress?) -> Int {
    progress?.doneSteps.filter { $0 >= 1 && $0 <= lesson.steps.count }.count ?? 0
  }

  func progressEntry(number: Int, lesson: Lesson) -> LessonProgressEntry {
    let progress = learner.lessons[lesson.id]
    let questionSteps = lesson.steps.indices.filter { lesson.steps[$0].kind == .predict || lesson.steps[$0].kind == .quiz }.map { $0 + 1 }
    var answers: [LessonProgressEntry.Answer] = []
    for step in questionSteps {
      guard let given = progress?.answers[step], let first = given.first else { continue }
      answers.append(
        LessonProgressEntry.Answer(
          step: step, kind: lesson.steps[step - 1].kind, given: given,
          firstAttemptCorrect: Self.isCorrect(first, for: lesson.steps[step - 1].task)))
    }
    return LessonProgressEntry(
      number: number, id: lesson.id, title: lesson.title, stepsDone: doneCount(lesson, progress),
      stepCount: lesson.steps.count,
      skippedSteps: (progress?.skippedSteps ?? []).filter { $0 <= lesson.steps.count }.sorted(),
      currentStep: learner.currentLessonID == lesson.id ? clampedStep(lesson) : nil,
      finished: progress?.finished ?? false, questionCount: questionSteps.count,
      answeredQuestions: answers.count, answers: answers)
  }

  static func isCorrect(_ given: String, for task: LessonStep.Task) -> Bool {
    switch task {
    case .text, .tryCommand:
      return false
    case .predict(let predict):
      switch predict.expected {
      case .number(let value, _, let tolerance):
        guard let guess = NumberReading.firstNumber(in: given) else { return false }
        return abs(guess - value) <= tolerance
      case .choice(let choices, let correct):
        return ChoiceSelector.index(of: given, in: choices) == correct
      }
    case .quiz(let quiz):
      return ChoiceSelector.index(of: given, in: quiz.choices.map(\.text)) == quiz.correctIndex
    }
  }

  func saveNotices() -> [LessonBlock] {
    guard let store else { return [] }
    do {
      try store.save(learner)
      return []
    } catch {
      return [.notice("\(error.description). Your progress in this session is kept in memory.")]
    }
  }
}

extension String {
  /// Collapses the double space left when a unit is empty.
  func replacingSpaces() -> String {
    split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
