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

extension Prompt {
  /// The email at a 1-based inbox position (the shell's `read <n>`), or an error naming the valid range.
  public func email(number: Int) throws(ConditionError) -> Email {
    guard emails.indices.contains(number - 1) else {
      throw ConditionError(
        "There is no email \(number): the inbox of \(condition.id) has \(emails.count) emails, numbered 1–\(emails.count).")
    }
    return emails[number - 1]
  }

  /// The notes a learner should see next to the email at a 1-based inbox position.
  public func notes(forEmail number: Int) -> [ConditionNote] {
    condition.notes.filter { $0.location == .email(number) }
  }

  /// The notes a learner should see next to the inbox listing.
  public var inboxNotes: [ConditionNote] {
    condition.notes.filter { $0.location == .inbox }
  }

  /// The notes a learner should see next to the system prompt.
  public var systemPromptNotes: [ConditionNote] {
    condition.notes.filter { $0.location == .systemPrompt }
  }
}
