import Foundation

/// Keeps a terminal-style log of a session in a file: each command after its prompt, then what
/// it printed and any errors, as plain text (no escape codes). `record on FILE` starts one.
@MainActor
public final class SessionRecorder {
  public let path: String
  private let handle: FileHandle
  public private(set) var linesWritten = 0

  /// Opens `path` for appending (creating it). Fails with a message saying what went wrong,
  /// where, and what to do.
  public init(path: String) throws(ShellError) {
    let folder = (path as NSString).deletingLastPathComponent
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    let hint = "choose a file in a folder you can write to, e.g. `record on ~/misalign-session.txt`"
    if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .failed("cannot record to `\(path)`: it is a folder, not a file", hint: hint)
    }
    if !folder.isEmpty, !fileManager.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
      throw .failed("cannot record to `\(path)`: the folder `\(folder)` does not exist", hint: hint)
    }
    if !fileManager.fileExists(atPath: path), !fileManager.createFile(atPath: path, contents: nil) {
      throw .failed("cannot record to `\(path)`: the folder `\(folder.isEmpty ? "." : folder)` is not writable", hint: hint)
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw .failed("cannot record to `\(path)`: the file is not writable", hint: hint)
    }
    self.path = path
    self.handle = handle
    _ = try? handle.seekToEnd()
  }

  /// Writes `text` with escape codes and control bytes removed. A write error stops nothing:
  /// the session goes on and the log is simply shorter.
  public func write(_ text: String) {
    let plain = PlainText.strip(text)
    guard !plain.isEmpty else { return }
    linesWritten += Output.newlines(in: plain)
    try? handle.write(contentsOf: Data(plain.utf8))
  }

  /// The command line as a terminal shows it: prompt, then what was typed.
  public func writeCommand(prompt: String, line: String) {
    write(prompt + line + "\n")
  }

  public func close() {
    try? handle.close()
  }

  /// `~` expanded and a relative path made absolute against the working directory.
  public static func resolve(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}
