/// Every command the shell knows, looked up by name or alias.
public struct CommandTable: Sendable {
  public let commands: [CommandSpec]
  private let index: [String: Int]

  public init(_ commands: [CommandSpec]) {
    self.commands = commands
    var index: [String: Int] = [:]
    for (position, command) in commands.enumerated() {
      for name in [command.name] + command.aliases {
        precondition(index[name] == nil, "command name `\(name)` is defined twice")
        index[name] = position
      }
    }
    self.index = index
  }

  public func lookup(_ name: String) -> CommandSpec? {
    index[name].map { commands[$0] } ?? index[name.lowercased()].map { commands[$0] }
  }

  /// All names and aliases, sorted, for completion and suggestions.
  public var allNames: [String] { index.keys.sorted() }

  public func suggestions(for name: String) -> [String] {
    EditDistance.nearest(to: name, in: allNames)
  }
}
