import CEditLine
import CEditLineShim
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The interactive line editor: libedit with emacs keys, Ctrl-R reverse search, persistent
/// history and tab completion. Used only when standard input is a terminal.
@MainActor
final class LineEditor {
  enum Read: Equatable {
    case line(String)
    /// Ctrl-C: the half-typed line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
  }

  /// Given the text before the cursor, what to insert and what to list.
  typealias Completion = @MainActor (String) -> CompletionResult

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private var promptBuffer: UnsafeMutablePointer<CChar>?
  fileprivate let complete: Completion

  init(historyPath: String?, historySize: Int = 1000, complete: @escaping Completion) {
    // Without a locale libedit drops multibyte input (é, 中) silently.
    setlocale(LC_ALL, "")
    self.complete = complete
    self.historyPath = historyPath
    editLine = cel_init("misalign")
    history = cel_history_init()
    cel_history_set_size(history, Int32(historySize))
    cel_history_set_unique(history, 1)
    if let historyPath { _ = cel_history_load(history, historyPath) }
    cel_set_history(editLine, history)
    cel_set_editor(editLine, "emacs")
    cel_set_signal(editLine, 1)
    cel_use_interruptible_reader(editLine)
    cel_set_prompt(editLine, { editLine in
      guard let editLine, let box = cel_client_data(editLine) else { return nil }
      return Unmanaged<LineEditor>.fromOpaque(box).takeUnretainedValue().promptBuffer
    })
    cel_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    cel_add_function(editLine, "misalign-complete", "Complete a command or argument", { editLine, _ in
      guard let editLine, let box = cel_client_data(editLine) else { return UInt8(CC_ERROR) }
      let editor = Unmanaged<LineEditor>.fromOpaque(box).takeUnretainedValue()
      return MainActor.assumeIsolated { editor.completeAtCursor() }
    })
    cel_bind(editLine, "^I", "misalign-complete")
    cel_bind(editLine, "^R", "em-inc-search-prev")
  }

  isolated deinit {
    el_end(editLine)
    cel_history_end(history)
    free(promptBuffer)
  }

  /// Reads one line after showing `prompt` (plain text).
  func read(prompt: String) -> Read {
    setPrompt(prompt)
    var count: Int32 = 0
    errno = 0
    guard let raw = el_gets(editLine, &count) else {
      let interrupted = InterruptSignal.consume()
      if interrupted || errno == EINTR {
        StandardStream.write("^C\n")
        return .interrupted
      }
      return .endOfInput
    }
    if InterruptSignal.consume() {
      StandardStream.write("\n")
      return .interrupted
    }
    guard count > 0 else { return .endOfInput }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the history and saves the file at once, so a crash loses nothing. Lines
  /// typed with a leading space stay out of the history, as in bash's `ignorespace`.
  func remember(_ line: String) {
    let trimmed = line.trimmingWhitespace()
    guard !line.hasPrefix(" "), !trimmed.isEmpty else { return }
    cel_history_enter(history, trimmed)
    if let historyPath { _ = cel_history_save(history, historyPath) }
  }

  private func setPrompt(_ prompt: String) {
    free(promptBuffer)
    promptBuffer = strdup(prompt)
  }

  fileprivate func completeAtCursor() -> UInt8 {
    guard let info = el_line(editLine)?.pointee, let start = info.buffer else { return UInt8(CC_ERROR) }
    let length = info.cursor - start
    let before = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    let result = complete(before)
    if !result.insertion.isEmpty {
      el_insertstr(editLine, result.insertion)
    }
    if result.listing.isEmpty {
      return UInt8(result.insertion.isEmpty ? CC_ERROR : CC_REDISPLAY)
    }
    StandardStream.write("\n" + CompletionResult.columns(result.listing, width: terminalWidth()) + "\n")
    return UInt8(CC_REDISPLAY)
  }

  private func terminalWidth() -> Int {
    var size = winsize()
    return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
  }
}
