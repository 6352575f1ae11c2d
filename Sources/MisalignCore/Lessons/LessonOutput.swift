#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a lesson command produced, as structured blocks the shell renders (no terminal codes here).
public struct LessonOutput: Equatable, Sendable {
  /// Whether the command did what was asked; `refused` means the engine explained why it did not move.
  public enum Status: Equatable, Sendable {
    case ok, refused
  }

  public var status: Status
  public var blocks: [LessonBlock]

  public init(status: Status = .ok, blocks: [LessonBlock]) {
    self.status = status
    self.blocks = blocks
  }

  /// All text of the output joined, for tests and plain logs.
  public var plainText: String {
    blocks.map(\.plainText).joined(separator: "\n")
  }
}

/// How feedback should be coloured or marked.
public enum FeedbackTone: String, Equatable, Sendable {
  case correct, incorrect, neutral
}

/// One choice as shown, with its letter.
public struct LabeledChoice: Equatable, Sendable {
  public var letter: String
  public var text: String

  public init(letter: String, text: String) {
    self.letter = letter
    self.text = text
  }
}

/// One piece of lesson output.
public enum LessonBlock: Equatable, Sendable {
  /// `Lesson 2 · The blackmail scenario, email by email (10 min)`.
  case lessonHeading(number: Int, title: String, minutes: Int)
  /// `Step 3/9 · predict · How often did Claude Opus 4 blackmail?`.
  case stepHeading(number: Int, total: Int, kind: LessonStep.Kind, title: String)
  /// Lesson prose, Markdown.
  case markdown(String)
  /// The question of a predict or quiz step.
  case question(String)
  case choices([LabeledChoice])
  /// What the learner should type next, e.g. "Type `answer <number>`".
  case instruction(String)
  case feedback(FeedbackTone, String)
  /// The text shown after a prediction; Markdown.
  case reveal(String)
  case hint(text: String, number: Int, total: Int)
  /// Something the learner should know that is not about the step (e.g. progress could not be saved).
  case notice(String)
  case lessonList([LessonListEntry])
  case progressTable([LessonProgressEntry])

  /// The block as plain text, without styling.
  public var plainText: String {
    switch self {
    case .lessonHeading(let number, let title, let minutes): "Lesson \(number) · \(title) (\(minutes) min)"
    case .stepHeading(let number, let total, let kind, let title): "Step \(number)/\(total) · \(kind.rawValue) · \(title)"
    case .markdown(let text), .question(let text), .instruction(let text), .reveal(let text), .notice(let text): text
    case .choices(let choices): choices.map { "\($0.letter)) \($0.text)" }.joined(separator: "\n")
    case .feedback(_, let text): text
    case .hint(let text, let number, let total): "Hint \(number)/\(total): \(text)"
    case .lessonList(let entries):
      entries.map { "\($0.number). \($0.title) [\($0.stepsDone)/\($0.stepCount)]" }.joined(separator: "\n")
    case .progressTable(let entries):
      entries.map { "\($0.number). \($0.title): \($0.stepsDone)/\($0.stepCount) steps, \($0.answeredQuestions)/\($0.questionCount) answered" }
        .joined(separator: "\n")
    }
  }
}

/// A row of `lessons`.
public struct LessonListEntry: Equatable, Sendable {
  public var number: Int
  public var id: String
  public var title: String
  public var minutes: Int
  public var summary: String?
  public var stepsDone: Int
  public var stepCount: Int
  public var finished: Bool
  /// The lesson the learner has open.
  public var isCurrent: Bool

  public init(
    number: Int, id: String, title: String, minutes: Int, summary: String?, stepsDone: Int, stepCount: Int,
    finished: Bool, isCurrent: Bool
  ) {
    self.number = number
    self.id = id
    self.title = title
    self.minutes = minutes
    self.summary = summary
    self.stepsDone = stepsDone
    self.stepCount = stepCount
    self.finished = finished
    self.isCurrent = isCurrent
  }
}

/// A row of `progress`.
public struct LessonProgressEntry: Equatable, Sendable {
  /// One answered (or skipped) question of a lesson.
  public struct Answer: Equatable, Sendable {
    public var step: Int
    public var kind: LessonStep.Kind
    /// Everything the learner typed, first attempt first.
    public var given: [String]
    /// Whether the first attempt was right (quiz: the correct choice; predict: within tolerance).
    public var firstAttemptCorrect: Bool

    public init(step: Int, kind: LessonStep.Kind, given: [String], firstAttemptCorrect: Bool) {
      self.step = step
      self.kind = kind
      self.given = given
      self.firstAttemptCorrect = firstAttemptCorrect
    }
  }

  public var number: Int
  public var id: String
  public var title: String
  public var stepsDone: Int
  public var stepCount: Int
  /// Steps passed over with `next` twice without doing them.
  public var skippedSteps: [Int]
  /// The step the learner is on, for the open lesson only.
  public var currentStep: Int?
  public var finished: Bool
  /// Predict and quiz steps in the lesson, and how many of them have an answer.
  public var questionCount: Int
  public var answeredQuestions: Int
  public var answers: [Answer]

  public init(
    number: Int, id: String, title: String, stepsDone: Int, stepCount: Int, skippedSteps: [Int], currentStep: Int?,
    finished: Bool, questionCount: Int, answeredQuestions: Int, answers: [Answer]
  ) {
    self.number = number
    self.id = id
    self.title = title
    self.stepsDone = stepsDone
    self.stepCount = stepCount
    self.skippedSteps = skippedSteps
    self.currentStep = currentStep
    self.finished = finished
    self.questionCount = questionCount
    self.answeredQuestions = answeredQuestions
    self.answers = answers
  }
}
