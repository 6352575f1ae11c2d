import MisalignCore

/// `lessons`, `lesson`, `goto`, `hint`, `answer`, `progress`, `reset`; `next` and `back` are in
/// NavigationCommands because they also step through a reply.
enum LessonCommands {
  static let all: [CommandSpec] = [lessons, lesson, goto, hint, answer, progress, reset]

  /// Runs an engine call, renders its output, and turns engine errors and refusals into failures.
  @MainActor
  static func perform(_ invocation: Invocation, _ body: (inout LessonEngine) throws(LessonEngineError) -> LessonOutput) throws {
    let session = invocation.session
    let result: LessonOutput
    do {
      result = try session.withLessons { engine throws(LessonEngineError) in try body(&engine) }
    } catch let error as LessonEngineError {
      throw ShellError.failed(error.description)
    }
    session.focus = .lesson
    LessonRenderer.render(result, to: invocation.output)
    if result.status == .refused {
      throw ShellError.failed("the step is not done yet (see above)")
    }
  }

  @MainActor
  static func lessonNames(_ session: ShellSession) -> [String] {
    session.withLessons { engine in
      engine.library.lessons.enumerated().flatMap { ["\($0.offset + 1)", $0.element.id] }
    }
  }

  static let lessons = CommandSpec(
    "lessons", area: .lessons,
    summary: "List the lessons with your progress in each",
    details: "Twelve short lessons, about ten minutes each, from what the study did to how it was reported. Progress is saved after every step in $XDG_DATA_HOME/misalign/progress.",
    examples: ["lessons", "lesson 1"]
  ) { invocation in
    try perform(invocation) { engine throws(LessonEngineError) in
      var output = engine.listLessons()
      output.blocks.insert(contentsOf: engine.takeStartupNotices().map { .notice($0) }, at: 0)
      return output
    }
  }

  static let lesson = CommandSpec(
    "lesson", area: .lessons, synopsis: "<n|slug>",
    summary: "Open a lesson (resumes where you left off)",
    details: "Give the lesson's number from `lessons`, its id, or the start of its id.",
    examples: ["lesson 1", "lesson headlines"],
    arguments: 1...1,
    complete: { session, arguments in arguments.isEmpty ? lessonNames(session) : [] }
  ) { invocation in
    try perform(invocation) { engine throws(LessonEngineError) in try engine.open(invocation.arguments[0]) }
  }

  static let goto = CommandSpec(
    "goto", area: .lessons, synopsis: "<step>",
    summary: "Jump to a step of the open lesson",
    examples: ["goto 3"],
    arguments: 1...1,
    complete: { session, arguments in
      guard arguments.isEmpty else { return [] }
      return session.withLessons { engine in (engine.currentLesson?.lesson.steps.indices).map { $0.map { "\($0 + 1)" } } ?? [] }
    }
  ) { invocation in
    try perform(invocation) { engine throws(LessonEngineError) in try engine.goto(invocation.arguments[0]) }
  }

  static let hint = CommandSpec(
    "hint", area: .lessons,
    summary: "A hint for the current step (again for the next hint)"
  ) { invocation in
    try perform(invocation) { engine throws(LessonEngineError) in try engine.hint() }
  }

  static let answer = CommandSpec(
    "answer", area: .lessons, synopsis: "<guess or choice>",
    summary: "Answer a predict or quiz step",
    details: "For a prediction give a number (a percentage without the % sign is fine); for a quiz give the letter or number of your choice. You may answer again.",
    examples: ["answer 80", "answer b"],
    arguments: 1...Int.max
  ) { invocation in
    let text = invocation.arguments.joined(separator: " ")
    try perform(invocation) { engine throws(LessonEngineError) in try engine.answer(text) }
  }

  static let progress = CommandSpec(
    "progress", area: .lessons,
    summary: "Steps done and answers given, per lesson"
  ) { invocation in
    try perform(invocation) { engine throws(LessonEngineError) in engine.progressReport() }
  }

  static let reset = CommandSpec(
    "reset", area: .lessons, synopsis: "[lesson|all|<n|slug>]",
    summary: "Clear progress: the open lesson, one lesson, or all",
    details: "Asks for confirmation when you are at a terminal.",
    examples: ["reset", "reset all", "reset 2"],
    arguments: 0...1,
    complete: { session, arguments in arguments.isEmpty ? ["lesson", "all"] + lessonNames(session) : [] }
  ) { invocation in
    let argument = invocation.arguments.first ?? "lesson"
    let scope: LessonResetScope
    let question: String
    switch argument {
    case "lesson":
      scope = .currentLesson
      question = "Clear your progress in the open lesson?"
    case "all":
      scope = .all
      question = "Clear your progress in every lesson?"
    default:
      scope = .lesson(argument)
      question = "Clear your progress in lesson \(argument)?"
    }
    guard invocation.session.confirm(question) else {
      invocation.output.line("Nothing was cleared.")
      return
    }
    try perform(invocation) { engine throws(LessonEngineError) in try engine.reset(scope) }
  }
}
