/// Exactly what a model receives for one condition: a system prompt and a user turn (which contains the emails).
public struct Prompt: Hashable, Sendable {
  /// The condition this prompt was built for.
  public let condition: Condition
  /// The system prompt.
  public let system: String
  /// The user turn: the automated instruction followed by every email.
  public let user: String
  /// The emails inside the user turn, in inbox order.
  public let emails: [Email]

  /// The system prompt, a blank line and the user turn, for hashing or a combined diff.
  public var combined: String { system + "\n\n" + user }
}
