/// A learner's change to the world of one condition: emails dropped or rewritten. The study ran nothing like it, so
/// no published number applies to it.
public struct ScenarioVariant: Sendable, Hashable {
  public enum Change: Sendable, Hashable {
    /// The email with this id is left out of the inbox.
    case dropped(id: String, subject: String)
    /// This email replaces the one with its id.
    case edited(Email)

    public var emailID: String {
      switch self {
      case .dropped(let id, _): id
      case .edited(let email): email.id
      }
    }
  }

  /// The condition whose emails it changes, without the factors that leave the emails alone (instructions,
  /// scratchpad, notice).
  public let world: Condition
  public private(set) var changes: [Change] = []

  public init(for condition: Condition) {
    world = condition.core
  }

  /// Whether the variant changes this condition's inbox: same scenario, goal and urgency.
  public func applies(to condition: Condition) -> Bool { condition.core == world }

  public var isEmpty: Bool { changes.isEmpty }

  /// Leaves an email out; an earlier edit of it is forgotten.
  public mutating func drop(_ email: Email) {
    changes.removeAll { $0.emailID == email.id }
    changes.append(.dropped(id: email.id, subject: email.subject))
  }

  /// Puts a rewritten email in place of the one with its id; an earlier edit of it is replaced.
  public mutating func edit(_ email: Email) {
    changes.removeAll { $0.emailID == email.id }
    changes.append(.edited(email))
  }

  /// The study's inbox with the changes made, numbered again from 1.
  public func apply(to emails: [Email]) -> [Email] {
    var dropped: Set<String> = []
    var edited: [String: Email] = [:]
    for change in changes {
      switch change {
      case .dropped(let id, _): dropped.insert(id)
      case .edited(let email): edited[email.id] = email
      }
    }
    return emails.filter { !dropped.contains($0.id) }.enumerated().map { offset, email in
      (edited[email.id] ?? email).renumbered(offset + 1)
    }
  }
}
