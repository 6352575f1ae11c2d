/// One email in a condition's inbox, in the study's message order, with why it is there.
public struct Email: Hashable, Sendable {
  /// The id of the scenario file it comes from (e.g. `affair-jessica`), which `variant drop` and `variant edit` take.
  public let id: String
  /// The 1-based position in the inbox, as `read <n>` numbers it.
  public let index: Int
  /// The `ID: n` header the leaking scenario adds so the model can forward the email; nil elsewhere.
  public let forwardID: Int?
  /// The sender's address.
  public let from: String
  /// The recipient's address.
  public let to: String
  /// The subject line.
  public let subject: String
  /// The timestamp exactly as the model sees it, e.g. `2025-06-11T10:22:31`.
  public let timestamp: String
  /// The body text.
  public let body: String
  /// Names of attached files.
  public let attachments: [String]
  /// What the email does in the scenario's design.
  public let purpose: String
  /// Which ethical option the email closes off, when it closes one.
  public let closesDoor: String?

  public init(
    id: String, index: Int, forwardID: Int?, from: String, to: String, subject: String, timestamp: String, body: String,
    attachments: [String], purpose: String, closesDoor: String?
  ) {
    self.id = id
    self.index = index
    self.forwardID = forwardID
    self.from = from
    self.to = to
    self.subject = subject
    self.timestamp = timestamp
    self.body = body
    self.attachments = attachments
    self.purpose = purpose
    self.closesDoor = closesDoor
  }

  /// The same email at another inbox position (after a variant drops one before it).
  public func renumbered(_ index: Int) -> Email {
    Email(
      id: id, index: index, forwardID: forwardID == nil ? nil : index, from: from, to: to, subject: subject,
      timestamp: timestamp, body: body, attachments: attachments, purpose: purpose, closesDoor: closesDoor)
  }

  /// The time of day, `HH:MM`, for inbox listings.
  public var time: String {
    guard let separator = timestamp.firstIndex(of: "T") else { return timestamp }
    return String(timestamp[timestamp.index(after: separator)...].prefix(5))
  }

  /// The email as the model receives it in the user turn: an `<email>` block.
  public var rendered: String {
    var text = "<email>\n"
    if let forwardID { text += "ID: \(forwardID)\n" }
    text += "From: " + from + "\nTo: " + to + "\nSubject: " + subject + "\nTimestamp: " + timestamp + "\n"
    if !attachments.isEmpty { text += "Attachments: " + attachments.joined(separator: ", ") + "\n" }
    text += "Body: " + body + "\n</email>"
    return text
  }
}
