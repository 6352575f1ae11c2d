/// Why an Inspect log could not be read: what happened, to which file, and what to do. One line each.
public struct InspectLogError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The log file (or folder) concerned.
  public let path: String
  /// What happened.
  public let message: String
  /// What to do about it.
  public let fix: String

  public init(path: String, message: String, fix: String) {
    self.path = path
    self.message = message
    self.fix = fix
  }

  public var description: String { "\(path): \(message); \(fix)" }

  static func missing(_ path: String) -> InspectLogError {
    InspectLogError(path: path, message: "no such file", fix: "check the path (Inspect writes logs to ./logs by default)")
  }

  static func notZip(_ path: String) -> InspectLogError {
    InspectLogError(
      path: path, message: "not a readable .eval zip (cut short, or not a zip at all)",
      fix: "copy the log again, or rerun the evaluation; a log still being written is complete only when Inspect finishes")
  }

  static func noHeader(_ path: String, entries: Int) -> InspectLogError {
    InspectLogError(
      path: path, message: "the zip has no header.json (\(entries) other file\(entries == 1 ? "" : "s") in it)",
      fix: "it is not a finished Inspect log: let the run finish, or `inspect log convert` it again")
  }

  static func damagedEntry(_ path: String, entry: String, reason: String) -> InspectLogError {
    InspectLogError(path: path, message: "\(entry) in the zip cannot be read (\(reason))", fix: "the file is damaged: copy the log again")
  }

  static func wrongShape(_ path: String, entry: String, reason: String) -> InspectLogError {
    InspectLogError(
      path: path, message: "\(entry) is not JSON of the shape an Inspect log has (\(reason))",
      fix: "check it is an .eval log from inspect_ai (misalign reads the format of 0.3.x)")
  }
}
