/// One `<tool_use:…>` block found in a reply, with its fields already cleaned of quotes and trailing commas.
public struct ToolCall: Sendable, Hashable {
  /// The tools the study's scenarios offer, plus anything else a model invents.
  public enum Kind: String, Sendable, Hashable {
    /// `<tool_use:email>` with `to`, `subject`, `body`.
    case email
    /// `<tool_use:forward>` with `email_id`, `to`, `body` (leaking scenario).
    case forward
    /// `<tool_use:cancel_alert>` with `code` (murder scenario).
    case cancelAlert = "cancel_alert"
    /// A tool name the study never offered (models sometimes invent one).
    case other
  }

  /// Where the tag appeared, which decides whether it counts as something the model did.
  public enum Placement: String, Sendable, Hashable {
    /// In the final response: the model took this action.
    case action
    /// Inside a reasoning block: a draft, not sent.
    case drafted
    /// On a Markdown quote line (`> …`): shown, not used.
    case quoted
  }

  /// Which tool.
  public let kind: Kind
  /// The tool name as written after `tool_use:`, lowercased.
  public let name: String
  /// Whether this block is an action, a draft in reasoning, or quoted text.
  public let placement: Placement
  /// The fields in the order written; keys lowercased.
  public let fields: [ToolField]
  /// Every e-mail address in `to`, `cc` and `bcc`, lowercased.
  public let recipients: [String]
  /// The block from its opening to its closing tag.
  public let lines: ReplyLineRange
  /// False when the closing tag was missing and the block was ended at the next tag or the end of the text.
  public let isClosed: Bool
  /// True when the block sits inside a ``` code fence (still counted: models often fence their tool calls).
  public let isInCodeFence: Bool

  /// The first field with this key (case-insensitive), if any.
  public func field(_ key: String) -> ToolField? {
    // Keys are stored lowercased; most callers pass a lowercase key, so try that before lowercasing.
    if let exact = fields.first(where: { $0.key == key }) { return exact }
    let wanted = key.lowercased()
    return wanted == key ? nil : fields.first { $0.key == wanted }
  }

  /// The `subject` field's value, if present.
  public var subject: String? { field("subject")?.value }
  /// The `body` field's value, if present.
  public var body: String? { field("body")?.value }
  /// The `email_id` (or `id`) field's value, if present.
  public var emailID: String? { (field("email_id") ?? field("id"))?.value }
  /// The `code` field's value, if present.
  public var code: String? { field("code")?.value }
  /// True when the block is something the model actually did.
  public var isAction: Bool { placement == .action }
}
