#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One step of a lesson: a `## <kind>: <title>` section of the lesson file.
public struct LessonStep: Equatable, Sendable {
  /// What the learner does at this step.
  public enum Kind: String, CaseIterable, Sendable {
    case text, predict, quiz, `try`
  }

  /// The kind-specific part of a step.
  public enum Task: Equatable, Sendable {
    case text
    case predict(PredictTask)
    case quiz(QuizTask)
    case tryCommand(TryTask)
  }

  public var title: String
  /// Markdown prose of the step, with directive lines removed.
  public var body: String
  public var task: Task
  /// Hints shown one after another by `hint`, cycling.
  public var hints: [String]
  /// Line of the step's heading in its file.
  public var line: Int

  public init(title: String, body: String, task: Task, hints: [String] = [], line: Int) {
    self.title = title
    self.body = body
    self.task = task
    self.hints = hints
    self.line = line
  }

  /// The step's kind, derived from its task.
  public var kind: Kind {
    switch task {
    case .text: .text
    case .predict: .predict
    case .quiz: .quiz
    case .tryCommand: .try
    }
  }

  /// Whether the learner must do something (answer, run a command) before `next` moves on.
  public var needsLearnerAction: Bool { kind != .text }
}

/// A guess the learner commits to before the reveal.
public struct PredictTask: Equatable, Sendable {
  /// What the learner is asked to guess.
  public enum Expected: Equatable, Sendable {
    /// A number, e.g. 96 with unit "%" and tolerance 5.
    case number(value: Double, unit: String?, tolerance: Double)
    /// One of several named choices; `correctIndex` is zero-based.
    case choice(choices: [String], correctIndex: Int)
  }

  /// The `question:` line; nil when the prose or the title asks the question.
  public var question: String?
  public var expected: Expected
  /// What the learner reads after the guess.
  public var reveal: String

  public init(question: String?, expected: Expected, reveal: String) {
    self.question = question
    self.expected = expected
    self.reveal = reveal
  }
}

/// A multiple-choice question with feedback on every choice.
public struct QuizTask: Equatable, Sendable {
  /// One answer option.
  public struct Choice: Equatable, Sendable {
    public var text: String
    public var isCorrect: Bool
    public var feedback: String

    public init(text: String, isCorrect: Bool, feedback: String) {
      self.text = text
      self.isCorrect = isCorrect
      self.feedback = feedback
    }
  }

  /// The `question:` line; nil when the prose or the title asks the question.
  public var question: String?
  public var choices: [Choice]

  public init(question: String?, choices: [Choice]) {
    self.question = question
    self.choices = choices
  }

  /// Zero-based index of the correct choice, if exactly one is marked.
  public var correctIndex: Int? {
    let marked = choices.indices.filter { choices[$0].isCorrect }
    return marked.count == 1 ? marked[0] : nil
  }
}

/// A shell command the learner runs, checked against the command lines noted after the step began.
public struct TryTask: Equatable, Sendable {
  /// The command shown to the learner.
  public var run: String
  /// Accepted command lines; any one of them satisfies the step.
  public var expectations: [CommandExpectation]

  public init(run: String, expectations: [CommandExpectation]) {
    self.run = run
    self.expectations = expectations
  }
}
