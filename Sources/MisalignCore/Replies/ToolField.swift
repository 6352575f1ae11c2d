/// One `key: value` line (or run of lines) inside a tool block.
public struct ToolField: Sendable, Hashable {
  /// The key, lowercased (`to`, `subject`, `body`, `email_id`, `code`, …).
  public let key: String
  /// The value without surrounding quotes, trailing comma or outer whitespace.
  public let value: String
  /// Where the field is written.
  public let lines: ReplyLineRange
}
