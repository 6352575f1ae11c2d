/// A span of lines in a reply's text, 1-based and inclusive at both ends.
public struct ReplyLineRange: Sendable, Hashable, CustomStringConvertible {
  /// The first line of the span (1-based).
  public let first: Int
  /// The last line of the span (1-based, inclusive).
  public let last: Int

  /// Creates a span; a `last` before `first` collapses to the single line `first`.
  public init(first: Int, last: Int) {
    self.first = first
    self.last = max(first, last)
  }

  /// "12" for a single line, "12–15" for a span.
  public var description: String { first == last ? "\(first)" : "\(first)–\(last)" }

  /// The same span moved down by `lines` lines, e.g. to turn reply lines into file lines.
  public func shifted(by lines: Int) -> ReplyLineRange {
    ReplyLineRange(first: first + lines, last: last + lines)
  }
}
