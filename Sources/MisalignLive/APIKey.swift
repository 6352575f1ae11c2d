import Foundation

/// An API key read from the environment. Its text is reachable only inside this module (to build request
/// headers and to redact it); printing, dumping or interpolating the value shows a placeholder instead.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The environment variable the key came from, safe to show.
  public let variable: String
  let secret: String

  init(variable: String, secret: String) {
    self.variable = variable
    self.secret = secret
  }

  /// The key as found in `environment[variable]`; nil when the variable is unset or blank.
  public static func from(variable: String, environment: [String: String]) -> APIKey? {
    guard let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
    else { return nil }
    return APIKey(variable: variable, secret: value)
  }

  /// A placeholder naming the variable, never the key.
  public var description: String { "<key from \(variable)>" }
  /// The same placeholder, for `debugPrint` and `String(reflecting:)`.
  public var debugDescription: String { description }
  /// Only the variable name, so `dump` and debuggers cannot show the key.
  public var customMirror: Mirror { Mirror(self, children: ["variable": variable]) }
}
