#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `reset` clears.
public enum LessonResetScope: Equatable, Sendable {
  /// The open lesson.
  case currentLesson
  /// One lesson, by number, slug or prefix.
  case lesson(String)
  /// Every lesson's progress.
  case all
}

/// Steps a learner through lessons: shows steps, checks guesses, answers and commands, and saves progress.
///
/// The shell calls one method per lesson command and renders the returned `LessonOutput`; it also reports every
/// command line the learner runs through `noteCommand(_:succeeded:)`, which is how try steps are checked.
///
/// `next` will not leave a predict or quiz step without an answer, or a try step whose command was not run:
/// it says what to do instead. Typing `next` again right away skips the step; skipped steps are listed by
/// `progress`.
public struct LessonEngine: Sendable {
  /// The lessons this engine steps through.
  public let library: LessonLibrary
  let store: ProgressStore?
  /// The learner's progress as last saved (or in memory only, without a store).
  public internal(set) var learner: LearnerProgress
  /// Messages from start-up (a damaged progress file, lesson files that failed to parse) for the shell to show once.
  public internal(set) var startupNotices: [String]
  /// The step whose `next` was just refused; a second `next` there skips it.
  var skipArmedStep: Int?
  /// Next hint to show, per lesson id and step.
  var hintPositions: [String: Int] = [:]

  /// Creates an engine over the lessons; with a store, progress is loaded now and saved after every change.
  public init(library: LessonLibrary, store: ProgressStore?, now: Date = Date()) {
    self.library = library
    self.store = store
    var notices = library.problems.map { "Lesson file skipped: \($0.description)" }
    if let store {
      let loaded = store.load(now: now)
      learner = loaded.progress
      if let id = learner.currentLessonID, learner.lessons[id] == nil {
        learner.lessons[id] = LessonProgress(lessonID: id)
      }
      if let notice = loaded.notice { notices.append(notice) }
    } else {
      learner = LearnerProgress()
    }
    startupNotices = notices
  }

  /// The start-up notices, once: later calls return none, so a damaged progress file is reported when the shell
  /// starts or at the first `lessons`, not again at every listing.
  public mutating func takeStartupNotices() -> [String] {
    defer { startupNotices = [] }
    return startupNotices
  }

  // MARK: - Where the learner is

  /// The open lesson and its list number, if any.
  public var currentLesson: (number: Int, lesson: Lesson)? {
    guard let id = learner.currentLessonID, let number = library.number(of: id) else { return nil }
    return (number, library.lessons[number - 1])
  }

  /// 1-based step the learner is on in the open lesson.
  public var currentStepNumber: Int? {
    guard let (_, lesson) = currentLesson else { return nil }
    return clampedStep(lesson)
  }

  /// `lesson 2 · step 3/9`, for the shell's prompt; nil when no lesson is open.
  public var promptLabel: String? {
    guard let (number, lesson) = currentLesson else { return nil }
    return "lesson \(number) · step \(clampedStep(lesson))/\(lesson.steps.count)"
  }

  // MARK: - Commands

  /// `lessons`: every lesson with its progress.
  public func listLessons() -> LessonOutput {
    let entries = library.lessons.enumerated().map { offset, lesson in
      let progress = learner.lessons[lesson.id]
      return LessonListEntry(
        number: offset + 1, id: lesson.id, title: lesson.title, minutes: lesson.minutes, summary: lesson.summary,
        stepsDone: doneCount(lesson, progress), stepCount: lesson.steps.count, finished: progress?.finished ?? false,
        isCurrent: learner.currentLessonID == lesson.id)
    }
    var blocks: [LessonBlock] = [.lessonList(entries)]
    blocks.append(.instruction(entries.isEmpty ? "No lessons were found." : "Type `lesson <number>` or `lesson <name>` to open one."))
    return LessonOutput(blocks: blocks)
  }

  /// `lesson <n|slug|prefix>`: opens a lesson where the learner left it (at step 1 if finished or new).
  public mutating func open(_ selector: String) throws(LessonEngineError) -> LessonOutput {
    guard !library.lessons.isEmpty else { throw .noLessons }
    let (number, lesson) = try library.find(selector)
    var progress = learner.lessons[lesson.id] ?? LessonProgress(lessonID: lesson.id)
    var blocks: [LessonBlock] = [.lessonHeading(number: number, title: lesson.title, minutes: lesson.minutes)]
    if progress.finished {
      progress.currentStep = 1
      blocks.append(.notice("You finished this lesson before; it starts again at step 1. Your earlier answers are kept."))
    } else if progress.currentStep > 1 {
      blocks.append(.notice("Resuming at step \(min(progress.currentStep, lesson.steps.count)) of \(lesson.steps.count) (`goto 1` starts over)."))
    } else if let summary = lesson.summary {
      blocks.append(.markdown(summary))
    }
    progress.currentStep = min(max(progress.currentStep, 1), lesson.steps.count)
    learner.lessons[lesson.id] = progress
    learner.currentLessonID = lesson.id
    return enterStep(blocks: blocks)
  }

  /// Shows the current step again (e.g. at start-up after resuming).
  public mutating func showCurrentStep() throws(LessonEngineError) -> LessonOutput {
    guard let (number, lesson) = currentLesson else { throw .noLessonOpen }
    return LessonOutput(blocks: [.lessonHeading(number: number, title: lesson.title, minutes: lesson.minutes)] + stepBlocks(lesson, clampedStep(lesson)))
  }

  /// `next`: moves on, unless the step still wants an answer or a command (see the type's documentation).
  public mutating func next() throws(LessonEngineError) -> LessonOutput {
    guard let (number, lesson) = currentLesson else { throw .noLessonOpen }
    let step = clampedStep(lesson)
    var progress = learner.lessons[lesson.id] ?? LessonProgress(lessonID: lesson.id)
    if !isSatisfied(lesson, step) {
      if skipArmedStep == step {
        progress.skippedSteps.insert(step)
      } else {
        skipArmedStep = step
        return LessonOutput(status: .refused, blocks: [.feedback(.neutral, refusal(lesson.steps[step - 1]))])
      }
    }
    skipArmedStep = nil
    if step == lesson.steps.count {
      progress.finished = true
      learner.lessons[lesson.id] = progress
      var blocks: [LessonBlock] = [.feedback(.correct, "Lesson \(number) is complete: \(doneCount(lesson, progress)) of \(lesson.steps.count) steps done.")]
      if number < library.lessons.count {
        let following = library.lessons[number]
        blocks.append(.instruction("Next: `lesson \(number + 1)` · \(following.title). `progress` shows your answers."))
      } else {
        blocks.append(.instruction("That was the last lesson. `progress` shows your answers; `lessons` lists them all."))
      }
      return LessonOutput(blocks: blocks + saveNotices())
    }
    progress.currentStep = step + 1
    learner.lessons[lesson.id] = progress
    return enterStep(blocks: [])
  }

  /// `back`: the previous step, with any answer already given.
  public mutating func back() throws(LessonEngineError) -> LessonOutput {
    guard let (_, lesson) = currentLesson else { throw .noLessonOpen }
    let step = clampedStep(lesson)
    guard step > 1 else { throw .atFirstStep }
    learner.lessons[lesson.id]?.currentStep = step - 1
    return enterStep(blocks: [])
  }

  /// `goto <step>`: any step of the open lesson, by number.
  public mutating func goto(_ stepText: String) throws(LessonEngineError) -> LessonOutput {
    guard let (_, lesson) = currentLesson else { throw .noLessonOpen }
    guard let step = Int(stepText.trimmedWhitespace), step >= 1, step <= lesson.steps.count else {
      throw .noSuchStep(stepText, stepCount: lesson.steps.count)
    }
    learner.lessons[lesson.id]?.currentStep = step
    return enterStep(blocks: [])
  }

  /// `hint`: the step's next hint, cycling back to the first after the last.
  public mutating func hint() throws(LessonEngineError) -> LessonOutput {
    guard let (_, lesson) = currentLesson else { throw .noLessonOpen }
    let step = clampedStep(lesson)
    skipArmedStep = nil
    let hints = lesson.steps[step - 1].hints
    guard !hints.isEmpty else {
      return LessonOutput(blocks: [.feedback(.neutral, "This step has no hints. Read the step again, or type `next`.")])
    }
    let key = "\(lesson.id)#\(step)"
    let position = hintPositions[key, default: 0] % hints.count
    hintPositions[key] = position + 1
    return LessonOutput(blocks: [.hint(text: hints[position], number: position + 1, total: hints.count)])
  }

  /// `answer <…>`: a guess for a predict step or a choice for a quiz step; answering again is allowed.
  public mutating func answer(_ text: String) throws(LessonEngineError) -> LessonOutput {
    guard let (_, lesson) = currentLesson else { throw .noLessonOpen }
    let step = clampedStep(lesson)
    skipArmedStep = nil
    let given = ProgressFileFormat.singleLine(text)
    var blocks: [LessonBlock]
    switch lesson.steps[step - 1].task {
    case .text, .tryCommand:
      throw .nothingToAnswer(step: step, kind: lesson.steps[step - 1].kind)
    case .predict(let predict):
      blocks = try judgePrediction(predict, given: given)
    case .quiz(let quiz):
      blocks = try judgeQuiz(quiz, given: given)
    }
    let earlier = learner.lessons[lesson.id]?.answers[step]?.count ?? 0
    learner.lessons[lesson.id]?.answers[step, default: []].append(given)
    learner.lessons[lesson.id]?.doneSteps.insert(step)
    learner.lessons[lesson.id]?.skippedSteps.remove(step)
    if earlier > 0 {
      blocks.append(.notice("Your first answer stays in `progress`; this one is added after it."))
    }
    let isLast = step == lesson.steps.count
    if case .quiz(let quiz) = lesson.steps[step - 1].task, !Self.isCorrect(given, for: .quiz(quiz)) {
      blocks.append(.instruction("Try another letter with `answer`, or type `next` to move on."))
    } else {
      blocks.append(.instruction(isLast ? "Type `next` to finish the lesson." : "Type `next` to continue."))
    }
    return LessonOutput(blocks: blocks + saveNotices())
  }

  /// Tells the engine a command line the learner ran; returns feedback when it completes the current try step.
  public mutating func noteCommand(_ line: String, succeeded: Bool) -> LessonOutput? {
    guard succeeded, let (_, lesson) = currentLesson else { return nil }
    let step = clampedStep(lesson)
    guard case .tryCommand(let task) = lesson.steps[step - 1].task,
      learner.lessons[lesson.id]?.doneSteps.contains(step) != true,
      task.expectations.contains(where: { $0.matches(line) })
    else { return nil }
    learner.lessons[lesson.id]?.doneSteps.insert(step)
    learner.lessons[lesson.id]?.skippedSteps.remove(step)
    if skipArmedStep == step { skipArmedStep = nil }
    let instruction = step == lesson.steps.count ? "Type `next` to finish the lesson." : "Type `next` when you have looked at the output."
    return LessonOutput(blocks: [.feedback(.correct, "Done: that is the command this step asked for."), .instruction(instruction)] + saveNotices())
  }

  /// `progress`: per lesson, steps done, skipped steps and every answer given.
  public func progressReport() -> LessonOutput {
    let entries = library.lessons.enumerated().map { offset, lesson in
      progressEntry(number: offset + 1, lesson: lesson)
    }
    let started = entries.filter { learner.lessons[$0.id] != nil }
    if started.isEmpty {
      return LessonOutput(blocks: [.progressTable(entries), .instruction("No lesson started yet. Type `lesson 1` to begin.")])
    }
    return LessonOutput(blocks: [.progressTable(entries)])
  }

  /// `reset lesson|all`: forgets progress; the lesson stays open at step 1.
  public mutating func reset(_ scope: LessonResetScope) throws(LessonEngineError) -> LessonOutput {
    skipArmedStep = nil
    hintPositions = [:]
    let message: String
    switch scope {
    case .all:
      let reopened = learner.currentLessonID
      learner = LearnerProgress(currentLessonID: reopened)
      if let id = reopened, library.number(of: id) != nil {
        learner.lessons[id] = LessonProgress(lessonID: id)
      }
      message = "All lesson progress was cleared."
    case .currentLesson:
      guard let (number, lesson) = currentLesson else { throw .noLessonOpen }
      learner.lessons[lesson.id] = LessonProgress(lessonID: lesson.id)
      message = "Progress of lesson \(number) was cleared."
    case .lesson(let selector):
      let (number, lesson) = try library.find(selector)
      if learner.currentLessonID == lesson.id {
        learner.lessons[lesson.id] = LessonProgress(lessonID: lesson.id)
      } else {
        learner.lessons[lesson.id] = nil
      }
      message = "Progress of lesson \(number) was cleared."
    }
    var blocks: [LessonBlock] = [.feedback(.neutral, message)]
    if currentLesson != nil {
      blocks.append(.instruction("The open lesson is back at step 1; type `goto 1` to see it."))
    }
    return LessonOutput(blocks: blocks + saveNotices())
  }
}
