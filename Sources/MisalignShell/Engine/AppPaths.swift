/// Where misalign keeps its files, following the XDG base directory conventions.
public struct AppPaths: Sendable {
  public var environment: [String: String]

  public init(environment: [String: String]) { self.environment = environment }

  private var home: String { environment["HOME"] ?? "/tmp" }

  private func base(_ variable: String, default fallback: String) -> String {
    // The spec says relative values are invalid and must be ignored.
    if let value = environment[variable], value.hasPrefix("/") { return value }
    return home + "/" + fallback
  }

  /// `$XDG_STATE_HOME/misalign` (history).
  public var stateDirectory: String { base("XDG_STATE_HOME", default: ".local/state") + "/misalign" }
  /// `$XDG_DATA_HOME/misalign` (progress, saved transcripts).
  public var dataDirectory: String { base("XDG_DATA_HOME", default: ".local/share") + "/misalign" }
  /// `$XDG_CONFIG_HOME/misalign` (live-mode defaults).
  public var configDirectory: String { base("XDG_CONFIG_HOME", default: ".config") + "/misalign" }

  public var historyFile: String { environment["MISALIGN_HISTORY"] ?? stateDirectory + "/history" }
}
