import CPseudoTerminal
import Foundation

/// Runs misalign on a real pseudo-terminal: what it writes is read back as a terminal would
/// receive it, and keys (Tab, Ctrl-C, Ctrl-D, arrows) are typed as bytes.
final class PseudoTerminal {
  let pid: pid_t
  private let master: Int32
  private(set) var transcript = ""

  init(arguments: [String] = [], environment: [String: String]) throws {
    let path = MisalignBinary.path
    var fd: Int32 = -1
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    pid = misalign_pty_spawn(path, argv, envp, 30, 100, &fd)
    guard pid > 0 else { throw PseudoTerminalError.spawnFailed(errno) }
    master = fd
  }

  deinit {
    if !exited { kill(pid, SIGKILL); _ = try? waitForExit(timeout: 2) }
    close(master)
  }

  /// Types `text` once the line editor is reading. Keys typed while the terminal is still in
  /// cooked mode (between a command's end and the editor taking the terminal back) would be
  /// echoed and interpreted by the kernel's line discipline instead: a Ctrl-D there is lost.
  func type(_ text: String) {
    waitForRawMode()
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { _ = write(master, $0.baseAddress, $0.count) }
  }

  static let tab = "\t", ctrlC = "\u{03}", ctrlD = "\u{04}", up = "\u{1B}[A", enter = "\r"

  /// Waits (up to 15 s) until the terminal has left canonical mode, i.e. libedit is reading keys.
  func waitForRawMode() {
    let deadline = Date().addingTimeInterval(15)
    var settings = termios()
    while Date() < deadline {
      if tcgetattr(master, &settings) == 0 && (settings.c_lflag & tcflag_t(ICANON)) == 0 { return }
      readAvailable(waitMilliseconds: 10)
    }
  }

  /// Reads until the visible text (escape sequences removed) contains `needle` after `from`.
  @discardableResult
  func waitFor(_ needle: String, after from: String.Index? = nil, timeout: TimeInterval = 15) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let visible = PseudoTerminal.visible(transcript)
      let searchStart = from.map { min($0, visible.endIndex) } ?? visible.startIndex
      if visible[searchStart...].contains(needle) { return visible }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0 else { throw PseudoTerminalError.timedOut(needle, seen: visible) }
      readAvailable(waitMilliseconds: Int32(min(remaining, 0.2) * 1000))
    }
  }

  /// The visible text so far, for marking a point to search after.
  var visibleEnd: String.Index { PseudoTerminal.visible(transcript).endIndex }

  private func readAvailable(waitMilliseconds: Int32) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, waitMilliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    if count > 0 { transcript += String(decoding: buffer[0..<count], as: UTF8.self) }
  }

  private(set) var exited = false
  private(set) var exitStatus: Int32 = -1

  /// Waits for the process to end and returns its exit status.
  func waitForExit(timeout: TimeInterval = 15) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      readAvailable(waitMilliseconds: 50)
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        exited = true
        // WIFEXITED / WEXITSTATUS, spelled out: the macros are not imported into Swift.
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return exitStatus
      }
    }
    throw PseudoTerminalError.timedOut("process exit", seen: PseudoTerminal.visible(transcript))
  }

  /// Terminal output with ANSI escape sequences and carriage returns removed.
  static func visible(_ text: String) -> String {
    var out = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\u{1B}" {
        guard let next = iterator.next() else { break }
        if next == "[" {
          while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
        } else if next == "]" {
          while let c = iterator.next(), c != "\u{07}" {}
        }
        continue
      }
      if scalar == "\r" || scalar == "\u{07}" || scalar == "\u{01}" { continue }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}

enum PseudoTerminalError: Error, CustomStringConvertible {
  case spawnFailed(Int32)
  case timedOut(String, seen: String)

  var description: String {
    switch self {
    case .spawnFailed(let code): return "could not start misalign on a pseudo-terminal (errno \(code))"
    case .timedOut(let needle, let seen): return "timed out waiting for \(needle.debugDescription); the screen had:\n\(seen)"
    }
  }
}
