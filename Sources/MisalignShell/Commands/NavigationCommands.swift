import MisalignCore

/// `next` and `back` step through whatever was opened last: a lesson, or a reply from `show`.
enum NavigationCommands {
  static let all: [CommandSpec] = [next, back]

  static let next = CommandSpec(
    "next", area: .lessons,
    summary: "The next step of the open lesson, or of the reply opened with `show`"
  ) { invocation in
    if invocation.session.focus == .reply, let stepper = invocation.session.replyStepper {
      try stepper.move(by: 1, invocation: invocation)
      return
    }
    try LessonCommands.perform(invocation) { engine throws(LessonEngineError) in try engine.next() }
  }

  static let back = CommandSpec(
    "back", area: .lessons,
    summary: "The previous step of the open lesson, or of the reply opened with `show`"
  ) { invocation in
    if invocation.session.focus == .reply, let stepper = invocation.session.replyStepper {
      try stepper.move(by: -1, invocation: invocation)
      return
    }
    try LessonCommands.perform(invocation) { engine throws(LessonEngineError) in try engine.back() }
  }
}
