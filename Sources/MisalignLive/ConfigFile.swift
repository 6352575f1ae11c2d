import MisalignCore
import Foundation

/// Reads the `key = value` config file (`$XDG_CONFIG_HOME/misalign/config`). Blank lines and `#` comments
/// are skipped; an unknown key, a bad value or an API key written into the file is an error with file:line.
public enum ConfigFile {
  /// Keys the file may contain.
  public static let knownKeys = [
    "model", "endpoint", "temperature", "max_tokens", "timeout", "connect_timeout", "judge", "judge_endpoint",
    "api_key_env",
  ]

  /// Applies every line of `text` (read from `file`) to `settings`, in order.
  public static func apply(_ text: String, file: String, to settings: inout LiveSettings) throws(LiveError) {
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let number = offset + 1
      // Messages quote the file: its control characters are shown, never sent to the terminal.
      func fail(_ message: String) -> LiveError {
        .config(file: file, line: number, message: TerminalText.neutralise(message))
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw fail("`\(line)` is not `key = value`")
      }
      let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      guard !value.isEmpty else { throw fail("`\(key)` has no value") }
      switch key {
      case "model", "judge":
        let reference: ModelReference
        do { reference = try ModelReference(parsing: value) } catch { throw fail(error.description) }
        if key == "model" { settings.model = reference } else { settings.judgeModel = reference }
      case "endpoint", "judge_endpoint":
        let endpoint: String
        do { endpoint = try LiveSettings.checkedEndpoint(value) } catch { throw fail(error.description) }
        if key == "endpoint" { settings.endpoint = endpoint } else { settings.judgeEndpoint = endpoint }
      case "temperature":
        guard let number = Double(value), (0...2).contains(number) else {
          throw fail("temperature must be a number from 0 to 2 (the study used 1.0), not `\(value)`")
        }
        settings.temperature = number
      case "max_tokens":
        guard let number = Int(value), number > 0 else { throw fail("max_tokens must be a positive whole number") }
        settings.maxTokens = number
      case "timeout", "connect_timeout":
        guard let number = Double(value), number > 0 else { throw fail("\(key) must be a number of seconds above 0") }
        if key == "timeout" { settings.timeoutSeconds = number } else { settings.connectTimeoutSeconds = number }
      case "api_key_env":
        guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
          throw fail("api_key_env names an environment variable (letters, digits, _), e.g. MY_KEY_VAR")
        }
        settings.apiKeyVariable = value
      case "api_key", "key", "anthropic_api_key", "openai_api_key", "openrouter_api_key":
        // The value is deliberately not echoed: it is probably a real key.
        throw fail("API keys are not read from files; delete this line, export the key in an environment "
          + "variable and name it with `api_key_env = VARIABLE`")
      default:
        throw fail("unknown key `\(key)`; use one of: \(knownKeys.joined(separator: ", "))")
      }
    }
  }
}
