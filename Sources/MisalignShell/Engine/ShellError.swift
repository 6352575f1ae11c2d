/// Why a command did not do what was asked. Each case says what happened and what to do.
public enum ShellError: Error, Equatable, CustomStringConvertible {
  case unknownCommand(String, suggestions: [String])
  case usage(command: String, usage: String, message: String)
  case syntax(String)
  case failed(String, hint: String? = nil)

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestions):
      var text = "unknown command `\(name)`"
      if !suggestions.isEmpty {
        text += "; did you mean " + suggestions.map { "`\($0)`" }.joined(separator: " or ") + "?"
      }
      return text + " (type `help` for the list)"
    case .usage(let command, let usage, let message):
      return "\(message)\nusage: \(usage)   (`help \(command)` for details)"
    case .syntax(let message):
      return message
    case .failed(let message, let hint):
      return hint.map { "\(message)\n\($0)" } ?? message
    }
  }
}
