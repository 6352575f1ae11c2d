/// One command of the shell: its name, how it is used, its help, how its arguments complete and
/// what it does. The command table built from these is the single source of dispatch, `help`,
/// usage errors and tab completion.
public struct CommandSpec: Sendable {
  /// The areas `help` groups commands by, in the order it lists them.
  public enum Area: String, CaseIterable, Sendable {
    case shell, study, replies, live, lessons, claims, content

    var title: String {
      switch self {
      case .shell: return "Shell"
      case .study: return "The study"
      case .replies: return "Replies"
      case .live: return "Live models"
      case .lessons: return "Lessons"
      case .claims: return "Claims"
      case .content: return "Content"
      }
    }
  }

  public typealias Handler = @MainActor @Sendable (Invocation) async throws -> Void
  /// Candidates for the argument at `arguments.count`, given the arguments already typed.
  public typealias Completer = @MainActor @Sendable (_ session: ShellSession, _ arguments: [String]) -> [String]

  public var name: String
  public var aliases: [String]
  public var area: Area
  /// Arguments in the usage line, e.g. `<id> [all]`.
  public var synopsis: String
  public var summary: String
  public var details: String
  public var examples: [String]
  public var arguments: ClosedRange<Int>
  public var complete: Completer?
  public var run: Handler

  public init(
    _ name: String,
    aliases: [String] = [],
    area: Area,
    synopsis: String = "",
    summary: String,
    details: String = "",
    examples: [String] = [],
    arguments: ClosedRange<Int> = 0...0,
    complete: Completer? = nil,
    run: @escaping Handler
  ) {
    self.name = name
    self.aliases = aliases
    self.area = area
    self.synopsis = synopsis
    self.summary = summary
    self.details = details
    self.examples = examples
    self.arguments = arguments
    self.complete = complete
    self.run = run
  }

  public var usage: String { synopsis.isEmpty ? name : "\(name) \(synopsis)" }

  /// A completer offering a fixed list at each position.
  public static func fixed(_ positions: [[String]]) -> Completer {
    { _, arguments in arguments.count < positions.count ? positions[arguments.count] : [] }
  }
}

/// What a handler receives: the session, the words after the command name, and where to write.
@MainActor
public struct Invocation {
  public let session: ShellSession
  public let command: CommandSpec
  public let arguments: [String]
  public var output: Output { session.output }

  /// A usage error for this command, carrying its usage line.
  public func usageError(_ message: String) -> ShellError {
    .usage(command: command.name, usage: command.usage, message: message)
  }
}
