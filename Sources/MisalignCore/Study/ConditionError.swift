/// Why a condition, study id or factor setting was refused; `message` says what is wrong and what is valid.
public struct ConditionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A complete explanation for the learner: what was wrong, and the valid choices.
  public let message: String

  /// Creates an error with a complete explanation.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
