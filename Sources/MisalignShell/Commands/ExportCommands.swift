import Foundation
import MisalignCore

/// `export handout <kind> FILE.md|FILE.html`: what the learner saw, as a clean document.
enum ExportCommands {
  static let all: [CommandSpec] = [export]
  static let kinds = ["results", "lesson", "check", "session"]

  static let export = CommandSpec(
    "export", area: .shell, synopsis: "handout <kind> <file>",
    summary: "Write what you are looking at as a handout: Markdown, or one self-contained HTML page",
    details: "`export handout results FILE` writes the current condition's published rates as a table (model, rate, n, 95% interval, status, source) with the study's caveat and the sources; the HTML version also draws the chart as an inline SVG. `export handout lesson FILE` writes the open lesson: its steps with the answers, then the published rows behind the percentages it uses and the study's citation. `export handout check FILE` writes the last sentence `check` answered: verdict, reasons, the study's figures with their n, interval, status and source, and citations. `export handout session FILE` writes the session that `record on` is keeping: every command so far with what it printed. The format follows the file's extension (.md or .html). The HTML file needs nothing else: styles and chart are inside it. An existing file is replaced.",
    examples: ["export handout results blackmail.html", "export handout results blackmail.md", "export handout session workshop.html"],
    arguments: 3...3,
    complete: CommandSpec.fixed([["handout"], kinds])
  ) { invocation in
    let arguments = invocation.arguments
    guard arguments[0].lowercased() == "handout" else {
      throw invocation.usageError("`\(arguments[0])` is not something to export; use `export handout results FILE`")
    }
    let kind = arguments[1].lowercased()
    let path = SessionRecorder.resolve(arguments[2])
    let format = try HandoutFormat(path: path)
    let handout: Handout
    switch kind {
    case "results":
      handout = ResultsHandout.build(condition: invocation.session.condition, data: try ResultsCommands.data())
    case "lesson":
      guard let (number, lesson) = invocation.session.withLessons({ $0.currentLesson }) else {
        throw ShellError.failed("no lesson is open", hint: "open one with `lesson <n>`, then `export handout lesson \(arguments[2])`")
      }
      handout = LessonHandout.build(lesson, number: number, data: try ResultsCommands.data())
    case "check":
      guard let check = invocation.session.lastCheck else {
        throw ShellError.failed(
          "there is no checked claim to export yet",
          hint: "run `check \"<sentence>\"` first, then `export handout check \(arguments[2])`")
      }
      handout = CheckHandout.build(check, data: try ResultsCommands.data())
    case "session":
      guard let recorder = invocation.session.recorder else {
        throw ShellError.failed(
          "there is no session log to export: `record` is off",
          hint: "start with `record on FILE`, run your commands, then `export handout session \(arguments[2])`")
      }
      guard let log = try? String(contentsOfFile: recorder.path, encoding: .utf8) else {
        throw ShellError.failed("cannot read the session log `\(recorder.path)`", hint: "check that the file still exists")
      }
      handout = SessionHandout.build(logPath: recorder.path, logText: log)
    default:
      throw invocation.usageError("`\(arguments[1])` is not a kind of handout; choose one of: \(kinds.joined(separator: ", "))")
    }
    let text = format == .html ? HandoutHTML.render(handout) : HandoutMarkdown.render(handout)
    try write(text, to: path)
    let subject: String
    switch kind {
    case "session": subject = "this session"
    case "check": subject = "the last checked claim"
    case "lesson": subject = "the open lesson"
    default: subject = invocation.session.condition.id
    }
    invocation.output.line("Wrote \(format == .html ? "HTML" : "Markdown") handout of \(kind) for \(subject) to \(path).")
  }

  static func write(_ text: String, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    let hint = "choose a file in a folder you can write to, e.g. `export handout results ~/handout.html`"
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ShellError.failed("cannot write `\(path)`: the folder `\(folder)` does not exist", hint: hint)
    }
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw ShellError.failed("cannot write `\(path)`: \(error.localizedDescription)", hint: hint)
    }
  }
}

/// Which writer a handout file gets, from its extension.
enum HandoutFormat: Equatable {
  case markdown, html

  init(path: String) throws {
    switch (path as NSString).pathExtension.lowercased() {
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    default:
      throw ShellError.failed(
        "cannot tell which format `\(path)` should be: its name does not end in .md or .html",
        hint: "name the file e.g. `handout.md` (Markdown) or `handout.html` (one self-contained page)")
    }
  }
}
