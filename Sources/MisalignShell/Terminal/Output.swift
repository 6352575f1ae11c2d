/// Where commands write. Text is gathered per command so the shell can decide afterwards whether
/// it fits the screen or goes through the pager; `stream` writes at once for output that arrives
/// over time (a model's reply).
@MainActor
public final class Output {
  public let policy: OutputPolicy
  public let style: Style
  /// Gathered text, one chunk per `line` call (a chunk may hold several lines), and how many
  /// lines they make: counting newline bytes is all the pager decision needs, so text is never
  /// split into a String per line.
  private var chunks: [String] = []
  private var lineCount = 0
  private let sink: (String) -> Void
  /// Also receives everything written (the session recorder, `record on FILE`).
  public var tee: ((String) -> Void)?

  public init(policy: OutputPolicy, sink: @escaping (String) -> Void = { StandardStream.write($0) }) {
    self.policy = policy
    self.style = Style(enabled: policy.color)
    self.sink = sink
  }

  public var width: Int { policy.width }
  public var plain: Bool { policy.plain }

  /// One line (or several, if it contains newlines), written as is.
  public func line(_ text: String = "") {
    chunks.append(text)
    lineCount += Self.newlines(in: text) + 1
  }

  /// Counted outside the main actor and without a closure: a closure made inside this class is
  /// main-actor isolated, and Swift 6 checks that isolation each time it is called, which for a
  /// byte-by-byte count was two thirds of the instructions `prompt all` ran.
  nonisolated static func newlines(in text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte == 0x0A { count += 1 }
      return count
    }
  }

  /// Prose, word-wrapped to the output width.
  public func paragraph(_ text: String, indent: String = "") {
    line(TextWrapper.wrap(text, width: policy.width, indent: indent))
  }

  /// Writes immediately, after anything already gathered.
  public func stream(_ text: String) {
    flushGathered()
    tee?(text)
    sink(text)
  }

  /// Everything gathered since the last call as one text ending in a newline, and its number of
  /// lines; nil when nothing was gathered. The buffer is emptied.
  func takeGathered() -> (text: String, lines: Int)? {
    guard !chunks.isEmpty else { return nil }
    var text = ""
    text.reserveCapacity(chunks.reduce(chunks.count) { $0 + $1.utf8.count })
    for chunk in chunks {
      text += chunk
      text += "\n"
    }
    let lines = lineCount
    chunks.removeAll(keepingCapacity: true)
    lineCount = 0
    return (text, lines)
  }

  func flushGathered() {
    if let gathered = takeGathered() {
      tee?(gathered.text)
      sink(gathered.text)
    }
  }

  func emit(_ text: String) { sink(text) }
}
