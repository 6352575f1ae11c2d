/// `record on FILE`, `record off`, `record`: a plain-text log of the session.
enum RecordCommands {
  static let all: [CommandSpec] = [record]

  static let record = CommandSpec(
    "record", area: .shell, synopsis: "[on <file>|off]",
    summary: "Keep the commands you type and what they print in a file, like a terminal log",
    details: "`record on FILE` appends every later command line (after its prompt), its output and its errors to FILE as plain text: colours and other escape codes are left out, so the file reads the same in any editor. `record off` stops; `record` alone says whether a log is being kept and where.",
    examples: ["record on workshop-log.txt", "record", "record off"],
    arguments: 0...2,
    complete: CommandSpec.fixed([["on", "off"]])
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    switch invocation.arguments.first?.lowercased() {
    case nil:
      if let recorder = session.recorder {
        out.line("Recording to \(recorder.path) (\(recorder.linesWritten) lines so far); `record off` stops.")
      } else {
        out.line("Not recording. `record on FILE` keeps a plain-text log of what you type and see.")
      }
    case "on":
      guard invocation.arguments.count == 2 else {
        throw invocation.usageError("name the file to record to, e.g. `record on session.txt`")
      }
      let path = SessionRecorder.resolve(invocation.arguments[1])
      if let current = session.recorder, current.path == path {
        out.line("Already recording to \(path).")
        return
      }
      let recorder = try SessionRecorder(path: path)
      session.recorder = recorder
      out.line("Recording to \(path): later commands and their output are appended as plain text; `record off` stops.")
    case "off":
      guard invocation.arguments.count == 1 else { throw invocation.usageError("`record off` takes nothing after it") }
      guard let recorder = session.recorder else {
        out.line("Not recording; nothing to stop.")
        return
      }
      let path = recorder.path
      let lines = recorder.linesWritten
      session.recorder = nil
      out.line("Stopped recording: \(lines) lines in \(path).")
    default:
      throw invocation.usageError("`\(invocation.arguments[0])` is not a record setting; use `record on FILE`, `record off` or `record`")
    }
  }
}
