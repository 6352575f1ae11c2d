/// A problem in the results data file, located by line and column.
public struct ResultsFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file's name as given to the loader.
  public let file: String
  /// 1-based line number.
  public let line: Int
  /// 1-based column number; nil when the whole line is at fault.
  public let column: Int?
  /// The column's header name, e.g. "rate".
  public let columnName: String?
  /// What is wrong.
  public let problem: String
  /// What to do about it.
  public let fix: String

  public var description: String {
    var place = "\(file):\(line)"
    if let column { place += ": column \(column)" + (columnName.map { " (\($0))" } ?? "") }
    // The problem often quotes the file: its control characters are shown, never sent to the terminal.
    return TerminalText.neutralise("\(place): \(problem); \(fix)")
  }
}
