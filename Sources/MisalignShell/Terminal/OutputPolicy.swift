#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--color auto|always|never`.
public enum ColorMode: String, CaseIterable, Sendable {
  case auto, always, never
}

/// How output looks: colour, width, plain (screen-reader) mode, paging. Decided once at start-up
/// from the flags, the environment and whether the streams are terminals.
public struct OutputPolicy: Equatable, Sendable {
  public var color: Bool
  public var errorColor: Bool
  public var width: Int
  public var height: Int
  /// No colour, no box drawing, no bar glyphs or emoji: text a screen reader reads well.
  public var plain: Bool
  public var pager: String?

  public init(color: Bool = false, errorColor: Bool = false, width: Int = 80, height: Int = 24, plain: Bool = false, pager: String? = nil) {
    self.color = color
    self.errorColor = errorColor
    self.width = width
    self.height = height
    self.plain = plain
    self.pager = pager
  }

  /// The facts the policy is decided from, gathered separately so tests can supply their own.
  public struct Facts: Sendable {
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    public var stdinIsTerminal: Bool
    public var environment: [String: String]
    public var terminalSize: (columns: Int, rows: Int)?

    public init(stdoutIsTerminal: Bool, stderrIsTerminal: Bool, stdinIsTerminal: Bool, environment: [String: String], terminalSize: (columns: Int, rows: Int)?) {
      self.stdoutIsTerminal = stdoutIsTerminal
      self.stderrIsTerminal = stderrIsTerminal
      self.stdinIsTerminal = stdinIsTerminal
      self.environment = environment
      self.terminalSize = terminalSize
    }

    /// Reads this process's streams and environment.
    public static func current(environment: [String: String]) -> Facts {
      var size = winsize()
      let hasSize = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
      return Facts(
        stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
        stderrIsTerminal: isatty(STDERR_FILENO) == 1,
        stdinIsTerminal: isatty(STDIN_FILENO) == 1,
        environment: environment,
        terminalSize: hasSize ? (Int(size.ws_col), Int(size.ws_row)) : nil
      )
    }
  }

  /// `pipedInput` is true when commands come from a pipe or file on standard input: that mode
  /// has no colour unless `--color always` asks for it.
  public static func decide(mode: ColorMode, plain: Bool, pipedInput: Bool, facts: Facts) -> OutputPolicy {
    let environment = facts.environment
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let dumb = environment["TERM"] == "dumb"
    func colorFor(terminal: Bool) -> Bool {
      if plain { return false }
      switch mode {
      case .always: return true
      case .never: return false
      case .auto: return terminal && !noColor && !dumb && !pipedInput
      }
    }
    var width = 80
    var height = 24
    if facts.stdoutIsTerminal, let size = facts.terminalSize {
      width = size.columns
      height = max(size.rows, 2)
    }
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns >= 20 { width = columns }
    var pager: String?
    if facts.stdoutIsTerminal && !pipedInput && !dumb {
      let chosen = environment["MISALIGN_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
      let trimmed = chosen.trimmingWhitespace()
      pager = (trimmed.isEmpty || trimmed == "cat") ? nil : trimmed
    }
    return OutputPolicy(
      color: colorFor(terminal: facts.stdoutIsTerminal),
      errorColor: colorFor(terminal: facts.stderrIsTerminal),
      width: max(20, width),
      height: height,
      plain: plain,
      pager: pager
    )
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
