/// A problem in a content file: what happened, where (file:line) and what to do about it.
public struct ContentProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file's path as it was given to the loader.
  public let file: String
  /// The 1-based line the problem is on (0 when it concerns the whole file).
  public let line: Int
  /// What is wrong.
  public let message: String
  /// What to change to fix it.
  public let fix: String

  /// Creates a problem report. The texts often quote the file, so their control characters are made
  /// visible (`␛` for ESC): a content file must not be able to drive the terminal through an error.
  public init(file: String, line: Int, message: String, fix: String) {
    self.file = TerminalText.neutralise(file)
    self.line = line
    self.message = TerminalText.neutralise(message)
    self.fix = TerminalText.neutralise(fix)
  }

  /// `file:line: message. Fix: …`, the form editors and terminals recognise.
  public var description: String { "\(file):\(line): \(message). Fix: \(fix)" }
}
