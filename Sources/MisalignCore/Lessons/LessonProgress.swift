#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a learner stands in one lesson.
public struct LessonProgress: Equatable, Sendable {
  public var lessonID: String
  /// 1-based step the learner is on.
  public var currentStep: Int
  /// Steps whose task is done (text read, guess or answer given, command run).
  public var doneSteps: Set<Int>
  /// Steps passed over with `next` twice without doing them.
  public var skippedSteps: Set<Int>
  /// Whether the learner moved past the last step.
  public var finished: Bool
  /// Answers typed per step, first attempt first.
  public var answers: [Int: [String]]

  public init(
    lessonID: String, currentStep: Int = 1, doneSteps: Set<Int> = [], skippedSteps: Set<Int> = [],
    finished: Bool = false, answers: [Int: [String]] = [:]
  ) {
    self.lessonID = lessonID
    self.currentStep = currentStep
    self.doneSteps = doneSteps
    self.skippedSteps = skippedSteps
    self.finished = finished
    self.answers = answers
  }
}

/// Everything the progress file holds: the open lesson and each lesson's progress.
public struct LearnerProgress: Equatable, Sendable {
  public var currentLessonID: String?
  public var lessons: [String: LessonProgress]

  public init(currentLessonID: String? = nil, lessons: [String: LessonProgress] = [:]) {
    self.currentLessonID = currentLessonID
    self.lessons = lessons
  }
}
