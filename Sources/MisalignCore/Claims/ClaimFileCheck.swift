/// Checks a whole text one sentence per line, for a fact-checker with an article.
public enum ClaimFileCheck {
  /// One checked line.
  public struct Row: Sendable {
    /// The line number in the file (1-based).
    public let line: Int
    public let check: ClaimCheck
  }

  /// The most lines one file may hold; a longer file is checked up to here and says so.
  public static let lineLimit = 10_000

  /// Every non-blank line that does not start with `#`, checked with the bundled data.
  public static func check(_ text: String) -> (rows: [Row], skippedOverLimit: Int) {
    var rows: [Row] = []
    var skipped = 0
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmedOfWhitespace
      if line.isEmpty || line.hasPrefix("#") { continue }
      if rows.count >= lineLimit {
        skipped += 1
        continue
      }
      rows.append(Row(line: offset + 1, check: ClaimChecker.check(String(line))))
    }
    return (rows, skipped)
  }
}
