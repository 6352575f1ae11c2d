/// What changes in the prompt between two conditions: hunks for the system prompt and for the user turn.
public struct PromptDiff: Hashable, Sendable {
  /// The condition diffed from.
  public let old: Condition
  /// The condition diffed to.
  public let new: Condition
  /// Hunks of the system prompt.
  public let system: [DiffHunk]
  /// Hunks of the user turn (instruction and emails).
  public let user: [DiffHunk]

  /// Whether the two prompts are identical.
  public var isEmpty: Bool { system.isEmpty && user.isEmpty }

  /// Diffs the prompts of two conditions.
  public init(from old: Condition, to new: Condition, context: Int = 3) {
    let oldPrompt = PromptBuilder.build(old)
    let newPrompt = PromptBuilder.build(new)
    self.old = old
    self.new = new
    system = LineDiff.hunks(from: oldPrompt.system, to: newPrompt.system, context: context)
    user = LineDiff.hunks(from: oldPrompt.user, to: newPrompt.user, context: context)
  }
}

extension Condition {
  /// The prompt diff from this condition to the one with `factor` set to `arguments` (the shell's `diff <factor> <value…>`).
  public func diff(changing factor: ConditionFactor, to arguments: [String]) throws(ConditionError) -> PromptDiff {
    PromptDiff(from: self, to: try setting(factor, to: arguments))
  }
}
