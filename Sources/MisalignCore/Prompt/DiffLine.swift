/// One line of a line-based diff.
public struct DiffLine: Hashable, Sendable {
  /// Whether the line is shared, only in the new text, or only in the old text.
  public enum Kind: Hashable, Sendable {
    case context
    case added
    case removed
  }

  /// Shared, added or removed.
  public let kind: Kind
  /// The line's text, without its newline.
  public let text: String
  /// The 1-based line number in the old text; nil for added lines.
  public let oldLineNumber: Int?
  /// The 1-based line number in the new text; nil for removed lines.
  public let newLineNumber: Int?

  /// The line with its unified-diff prefix: a space, `+` or `-`.
  public var unifiedText: String {
    switch kind {
    case .context: " " + text
    case .added: "+" + text
    case .removed: "-" + text
    }
  }
}
