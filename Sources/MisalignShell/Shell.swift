#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MisalignCore

/// Runs misalign in the mode the options and standard input call for, and returns the exit
/// status: 0 success, 1 a command failed.
public enum Shell {
  enum Mode: Equatable {
    case interactive, piped, commandString, script
  }

  /// Every command of the shell, in the order `help` lists them within each area.
  @MainActor
  public static func commandTable() -> CommandTable {
    CommandTable(ShellCommands.all + RecordCommands.all + StudyCommands.all + ResultsCommands.all + ReplyCommands.all + LessonCommands.all + NavigationCommands.all + LiveCommands.all + ClaimsCommands.all + ContentCommands.all + VariantCommands.all + InspectCommands.all + LoadCommands.all + ExportCommands.all)
  }

  @MainActor
  public static func run(_ options: ShellOptions) async -> Int32 {
    // A closed pipe (`misalign -c help | head -1`) must end writing quietly, not kill the process.
    signal(SIGPIPE, SIG_IGN)
    let facts = OutputPolicy.Facts.current(environment: options.environment)
    let mode: Mode
    if options.commands != nil {
      mode = .commandString
    } else if options.scriptPath != nil {
      mode = .script
    } else if facts.stdinIsTerminal {
      mode = .interactive
    } else {
      mode = .piped
    }
    let policy = OutputPolicy.decide(mode: options.color, plain: options.plain, pipedInput: mode == .piped, facts: facts)
    let session = ShellSession(
      table: commandTable(), output: Output(policy: policy), options: options, isInteractive: mode == .interactive)

    switch mode {
    case .commandString:
      return await runLines([(nil, options.commands ?? "")], session: session)
    case .script:
      let path = options.scriptPath ?? ""
      if let size = InputLimits.oversize(path, limit: InputLimits.contentFileBytes) {
        session.report(.failed("the script `\(path)` \(InputLimits.overLimit(size: size, limit: InputLimits.contentFileBytes))", hint: "split it into smaller scripts"))
        return 1
      }
      guard let text = readTextFile(path) else {
        session.report(.failed("cannot read the script `\(path)`: \(String(cString: strerror(errno)))", hint: "check the path and that the file is readable"))
        return 1
      }
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        ("\(path):\($0.offset + 1)" as String?, String($0.element))
      }
      return await runLines(lines, session: session)
    case .piped:
      var lines: [(String?, String)] = []
      var number = 0
      // Piped commands run as they arrive, so a slow producer sees each answer at once.
      var failed = false
      while let line = readLine(strippingNewline: true) {
        number += 1
        lines = [("stdin:\(number)", line)]
        let status = await runLines(lines, session: session)
        if status != 0 {
          failed = true
          if !options.keepGoing { return status }
        }
        if session.quitRequested { break }
      }
      return failed ? 1 : 0
    case .interactive:
      return await interactive(session: session)
    }
  }

  /// Runs lines without a person at the keyboard: stops at the first failure unless --keep-going.
  @MainActor
  static func runLines(_ lines: [(location: String?, text: String)], session: ShellSession) async -> Int32 {
    var failed = false
    for (location, text) in lines {
      let ok = await session.execute(line: text, location: location, stopOnFailure: !session.options.keepGoing)
      if !ok {
        failed = true
        if !session.options.keepGoing { return 1 }
      }
      if session.quitRequested { break }
    }
    return failed ? 1 : 0
  }

  @MainActor
  static func interactive(session: ShellSession) async -> Int32 {
    let style = session.style
    session.output.line(style.bold("misalign") + " — the \"Agentic Misalignment\" study, hands on.  Type `lessons` to start, `help` for commands.")
    resumeLesson(session)
    session.flush()
    InterruptSignal.install()
    let paths = AppPaths(environment: session.options.environment)
    if session.options.environment["TERM"] == "dumb" {
      return await dumbTerminal(session: session)
    }
    let historyPath = prepareHistory(paths.historyFile, session: session)
    let editor = LineEditor(historyPath: historyPath) { before in Completer.complete(before, session: session) }
    while !session.quitRequested {
      switch editor.read(prompt: session.prompt) {
      case .line(let line):
        editor.remember(line)
        await session.execute(line: line)
        InterruptSignal.consume()
      case .interrupted:
        continue
      case .endOfInput:
        StandardStream.write("\n")
        return 0
      }
    }
    return 0
  }

  /// A learner who left a lesson open finds it again: the prompt shows the step, and a line says
  /// how to carry on. Problems with the progress file are reported here, once.
  @MainActor
  static func resumeLesson(_ session: ShellSession) {
    let progressPath = ProgressStore.defaultPath(environment: session.options.environment)
    guard access(progressPath, F_OK) == 0 else { return }
    session.withLessons { engine in
      for notice in engine.takeStartupNotices() { session.warn(notice) }
      if let (number, lesson) = engine.currentLesson, let step = engine.currentStepNumber {
        session.output.line(session.style.dim("You were on lesson \(number) (\(lesson.title)), step \(step) of \(lesson.steps.count): type `lesson \(number)` to carry on."))
      }
    }
  }

  /// A terminal that cannot be driven (TERM=dumb): prompt and plain reads, no editing.
  @MainActor
  static func dumbTerminal(session: ShellSession) async -> Int32 {
    while !session.quitRequested {
      StandardStream.write("misalign> ")
      guard let line = readLine(strippingNewline: true) else {
        StandardStream.write("\n")
        return 0
      }
      await session.execute(line: line)
      InterruptSignal.consume()
    }
    return 0
  }

  /// Creates the history file's directory (owner-only); returns nil, with a warning, if it can't.
  @MainActor
  static func prepareHistory(_ path: String, session: ShellSession) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return path }
    let directory = String(path[..<slash])
    if FileSystem.makeDirectories(directory) { return path }
    session.warn("history will not be kept: cannot create \(directory) (\(String(cString: strerror(errno))))")
    return nil
  }

  static func readTextFile(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if count < buffer.count { break }
    }
    if ferror(file) != 0 { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Small file-system helpers on POSIX calls.
enum FileSystem {
  /// `mkdir -p` with mode 0700 for the directories it creates.
  static func makeDirectories(_ path: String) -> Bool {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
    }
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }
}
