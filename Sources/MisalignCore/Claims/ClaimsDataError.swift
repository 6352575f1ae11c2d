/// A problem in a claims data file, reported with the file and line so it can be fixed by hand.
public struct ClaimsDataError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The data file's name.
  public let file: String
  /// The 1-based line number, or 0 when the problem concerns the whole file.
  public let line: Int
  /// What is wrong and what to do.
  public let message: String

  /// `file:line: message`, the form editors and terminals link to.
  public var description: String {
    // The message often quotes the file: its control characters are shown, never sent to the terminal.
    TerminalText.neutralise(line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)")
  }
}
