/// Where commands write. Text is gathered per command so the shell can decide afterwards whether
/// it fits the screen or goes through the pager; `stream` writes at once for output that arrives
/// over time (a model's reply).
@MainActor
public final class Output {
  public let policy: OutputPolicy
  public let style: Style
  private var lines: [String] = []
  private let sink: (String) -> Void

  public init(policy: OutputPolicy, sink: @escaping (String) -> Void = { StandardStream.write($0) }) {
    self.policy = policy
    self.style = Style(enabled: policy.color)
    self.sink = sink
  }

  public var width: Int { policy.width }
  public var plain: Bool { policy.plain }

  /// One line (or several, if it contains newlines), written as is.
  public func line(_ text: String = "") {
    lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
  }

  /// Prose, word-wrapped to the output width.
  public func paragraph(_ text: String, indent: String = "") {
    line(TextWrapper.wrap(text, width: policy.width, indent: indent))
  }

  /// Writes immediately, after anything already gathered.
  public func stream(_ text: String) {
    flushGathered()
    sink(text)
  }

  /// Everything gathered since the last call, removed from the buffer.
  func takeGathered() -> [String] {
    defer { lines.removeAll(keepingCapacity: true) }
    return lines
  }

  func flushGathered() {
    let gathered = takeGathered()
    if !gathered.isEmpty { sink(gathered.joined(separator: "\n") + "\n") }
  }

  func emit(_ text: String) { sink(text) }
}
