/// A run of changes with its surrounding context lines, as in a unified diff.
public struct DiffHunk: Hashable, Sendable {
  /// The 1-based first old line (the line before, when the hunk removes nothing from an empty range).
  public let oldStart: Int
  /// How many old lines the hunk spans (context and removed).
  public let oldCount: Int
  /// The 1-based first new line.
  public let newStart: Int
  /// How many new lines the hunk spans (context and added).
  public let newCount: Int
  /// The hunk's lines in order.
  public let lines: [DiffLine]

  /// The unified-diff header, e.g. `@@ -3,7 +3,8 @@`.
  public var header: String {
    "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"
  }

  /// The hunk as unified-diff text: header, then each line with its prefix.
  public var unifiedText: String {
    ([header] + lines.map(\.unifiedText)).joined(separator: "\n")
  }
}
