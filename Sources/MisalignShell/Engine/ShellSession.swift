import MisalignCore

/// Something `next` and `back` can step through.
@MainActor
public protocol StepThrough: AnyObject {
  func move(by delta: Int, invocation: Invocation) throws
}

/// One run of the shell: the command table, where output goes, and the learner's state (which
/// the study, replies and lessons commands read and change).
@MainActor
public final class ShellSession {
  /// What `next` and `back` step through: the lesson, or the reply opened with `show`.
  public enum Focus: Equatable, Sendable {
    case none, lesson, reply
  }

  /// The experimental condition being explored; `set`, `condition` and `control` change it.
  public var condition: Condition = .default
  public var focus: Focus = .none
  /// The reply opened with `show`, stepped through by `next` and `back`.
  public var replyStepper: (any StepThrough)?
  /// Where lessons and transcripts are found.
  public let content: ContentLocator
  public let paths: AppPaths
  /// Created on first use, so a quick `-c about` does not read lesson files.
  public private(set) lazy var lessons: LessonEngine = LessonEngine(
    library: LessonLibrary.load(directories: content.directories("Lessons")),
    store: ProgressStore(path: ProgressStore.defaultPath(environment: options.environment)))
  private var lessonEngineCreated = false

  /// Canned and saved replies, loaded on first use: the built-in ones, an educator's `--content`
  /// folders, then the recorded replies saved in `$XDG_DATA_HOME/misalign/transcripts`.
  public private(set) lazy var transcripts: TranscriptStore = TranscriptStore.load(
    directories: content.directories("Transcripts") + [paths.dataDirectory + "/transcripts"])

  /// The scenario files, read on first use by `scenarioBook()`.
  var loadedScenarioBook: ScenarioBook?
  /// The learner's change to a condition's emails (`variant`); it applies while that condition is current.
  public var variant: ScenarioVariant?

  /// The log `record on FILE` keeps; nil when not recording.
  public var recorder: SessionRecorder? {
    didSet {
      oldValue?.close()
      output.tee = recorder.map { recorder in { recorder.write($0) } }
    }
  }

  /// Live mode's settings and replies.
  public let live = LiveState()

  private let loadedLogs = InspectLogState()

  /// The last sentence `check` answered, for `export handout check`.
  public var lastCheck: ClaimCheck?

  /// The Inspect logs loaded with `load`, plus those in `--content` folders, read on first use
  /// (a damaged one is a warning, and the others still load).
  public var inspectLogs: InspectLogState {
    for problem in loadedLogs.loadContent(roots: options.contentDirectories) { warn(problem) }
    return loadedLogs
  }

  /// A reply by id: a canned or saved transcript, a live reply of this session, or a sample of a loaded Inspect log.
  public func transcript(id: String) -> Transcript? {
    transcripts.transcript(id: id) ?? live.transcripts[id] ?? inspectLogs.reply(id: id)?.transcript
  }

  /// Forgets loaded transcripts so the next use reads the folders again (after `save`).
  public func reloadTranscripts() {
    transcripts = TranscriptStore.load(directories: content.directories("Transcripts") + [paths.dataDirectory + "/transcripts"])
  }

  /// Runs `body` on the lesson engine (creating it on first use) and keeps the changes.
  public func withLessons<T>(_ body: (inout LessonEngine) throws -> T) rethrows -> T {
    lessonEngineCreated = true
    return try body(&lessons)
  }

  public let table: CommandTable
  public let output: Output
  public let options: ShellOptions
  /// Set by `quit`/`exit`; the run loop stops after the current command.
  public var quitRequested = false
  /// True when a person is typing at a terminal (confirmations may be asked).
  public let isInteractive: Bool
  private let errorSink: (String) -> Void

  public init(
    table: CommandTable, output: Output, options: ShellOptions, isInteractive: Bool,
    errorSink: @escaping (String) -> Void = { StandardStream.write($0, to: 2) }
  ) {
    self.table = table
    self.output = output
    self.options = options
    self.isInteractive = isInteractive
    self.errorSink = errorSink
    self.paths = AppPaths(environment: options.environment)
    self.content = ContentLocator(environment: options.environment, extraRoots: options.contentDirectories)
  }

  public var style: Style { output.style }

  /// The prompt, showing where the learner is: scenario, goal and threat, anything else switched
  /// on, and the lesson step when a lesson is open. Plain text on purpose: libedit versions differ
  /// in how they skip escape sequences in a prompt (Debian's drops the character after each one).
  public var prompt: String {
    var goal = condition.goalType.rawValue
    if let value = condition.goalValue { goal += "-" + value.rawValue }
    var parts = [condition.scenario.rawValue, goal, condition.urgency.rawValue]
    if condition.extraInstructions != .none { parts.append("instructions:" + condition.extraInstructions.rawValue) }
    if !condition.scratchpad { parts.append("no-scratchpad") }
    if condition.evalNotice { parts.append("eval-notice") }
    if activeVariant != nil { parts.append("variant") }
    var text = "misalign(" + parts.joined(separator: " · ") + ")"
    if lessonEngineCreated, let label = lessons.promptLabel {
      text += "[" + label + "]"
    }
    return text + "> "
  }

  /// Asks a yes/no question on the terminal; without a person at the keyboard the answer is yes.
  public func confirm(_ question: String) -> Bool {
    guard isInteractive else { return true }
    flush()
    StandardStream.write(question + " [y/N] ")
    guard let answer = readLine(strippingNewline: true) else { return false }
    return ["y", "yes"].contains(answer.trimmingWhitespace().lowercased())
  }

  /// Runs every command on a line; returns false if any failed. With `stopOnFailure`, the rest of
  /// the line is skipped after a failure. `location` prefixes errors (e.g. `demo.txt:4`).
  @discardableResult
  public func execute(line: String, location: String? = nil, stopOnFailure: Bool = false) async -> Bool {
    guard line.utf8.count <= InputLimits.commandLineBytes else {
      report(
        .failed(
          "the line is \(InputLimits.describe(bytes: line.utf8.count)) long, over misalign's limit of \(InputLimits.describe(bytes: InputLimits.commandLineBytes)) for one command line; nothing ran",
          hint: "put long text in a file: `check --file FILE`, `classify --file FILE <scenario>`"),
        location: location)
      return false
    }
    recorder?.writeCommand(prompt: prompt, line: line)
    let commands: [Tokenizer.Command]
    do {
      commands = try Tokenizer.split(line)
    } catch {
      report(ShellError.syntax(error.description), location: location)
      return false
    }
    var succeeded = true
    for command in commands {
      let ok = await execute(words: command.words, location: location)
      noteForLesson(command.words, succeeded: ok)
      succeeded = succeeded && ok
      if quitRequested || (!ok && stopOnFailure) { break }
    }
    return succeeded
  }

  /// Commands that drive the lesson itself are not what a try step asks the learner to run.
  static let lessonCommands: Set<String> = ["lessons", "lesson", "next", "back", "goto", "hint", "answer", "progress", "reset"]

  /// Tells an open lesson which command ran, so a try step can see it was done.
  private func noteForLesson(_ words: [String], succeeded: Bool) {
    guard lessonEngineCreated, let name = words.first, !Self.lessonCommands.contains(name),
      lessons.currentLesson != nil
    else { return }
    let canonical = table.lookup(name)?.name ?? name
    let line = ([canonical] + words.dropFirst()).joined(separator: " ")
    if let feedback = lessons.noteCommand(line, succeeded: succeeded) {
      LessonRenderer.render(feedback, to: output)
      flush()
    }
  }

  /// Dispatches one command given as words.
  public func execute(words: [String], location: String? = nil) async -> Bool {
    guard let name = words.first else { return true }
    guard let command = table.lookup(name) else {
      report(.unknownCommand(name, suggestions: table.suggestions(for: name)), location: location)
      return false
    }
    let arguments = Array(words.dropFirst())
    guard command.arguments.contains(arguments.count) else {
      let message: String
      if arguments.count < command.arguments.lowerBound {
        message = "`\(command.name)` needs \(describe(command.arguments)), got \(arguments.count)"
      } else {
        message = "`\(command.name)` takes \(describe(command.arguments)), got \(arguments.count)"
      }
      report(.usage(command: command.name, usage: command.usage, message: message), location: location)
      return false
    }
    do {
      try await runCancellable(command, arguments: arguments)
      flush()
      return true
    } catch is CancellationError {
      flush()
      report(.failed("interrupted: `\(command.name)` was stopped by Ctrl-C"), location: location)
      return false
    } catch let error as ShellError {
      flush()
      report(error, location: location)
      return false
    } catch {
      flush()
      report(.failed(String(describing: error)), location: location)
      return false
    }
  }

  /// Runs a command so that Ctrl-C (in an interactive session) cancels it: a watcher polls the
  /// interrupt flag and cancels the command's task, which long operations notice through
  /// `Task.checkCancellation()`.
  private func runCancellable(_ command: CommandSpec, arguments: [String]) async throws {
    let invocation = Invocation(session: self, command: command, arguments: arguments)
    guard isInteractive else { return try await command.run(invocation) }
    InterruptSignal.consume()
    let work = Task { @MainActor in try await command.run(invocation) }
    let watcher = Task.detached {
      while !Task.isCancelled {
        if InterruptSignal.isPending {
          work.cancel()
          return
        }
        try? await Task.sleep(for: .milliseconds(40))
      }
    }
    defer { watcher.cancel() }
    try await work.value
  }

  private func describe(_ range: ClosedRange<Int>) -> String {
    func count(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
    if range.upperBound == Int.max { return "at least \(count(range.lowerBound))" }
    if range.lowerBound == range.upperBound { return "exactly \(count(range.lowerBound))" }
    if range.lowerBound == 0 { return "at most \(count(range.upperBound))" }
    return "\(range.lowerBound) to \(count(range.upperBound))"
  }

  /// Writes what the command gathered: through the pager when it is longer than the screen.
  func flush() {
    guard let (text, lineCount) = output.takeGathered() else { return }
    output.tee?(text)
    if let pager = output.policy.pager, lineCount >= output.policy.height - 1, Pager.show(text, command: pager) {
      return
    }
    output.emit(text)
  }

  public func report(_ error: ShellError, location: String? = nil) {
    let style = Style(enabled: output.policy.errorColor)
    let prefix = (location.map { "\($0): " } ?? "") + style.apply(.boldRed, "error:") + " "
    let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
    var text = prefix + (lines.first.map(String.init) ?? "")
    for line in lines.dropFirst() { text += "\n  " + line }
    writeError(text + "\n")
  }

  /// A remark on standard error that is neither a failure nor a warning.
  public func note(_ message: String) {
    let style = Style(enabled: output.policy.errorColor)
    writeError(style.apply(.dim, "note: " + message) + "\n")
  }

  /// A note on standard error that is not a failure (e.g. a file set aside).
  public func warn(_ message: String) {
    let style = Style(enabled: output.policy.errorColor)
    writeError(style.apply(.boldYellow, "warning:") + " " + message + "\n")
  }

  /// Errors and notes go to standard error and, when recording, into the log.
  private func writeError(_ text: String) {
    recorder?.write(text)
    errorSink(text)
  }
}
