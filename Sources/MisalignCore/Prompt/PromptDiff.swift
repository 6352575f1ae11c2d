/// What changes in the prompt between two conditions (or a condition and a learner's variant of it): hunks for the
/// system prompt and for the user turn.
public struct PromptDiff: Hashable, Sendable {
  /// The condition diffed from.
  public let old: Condition
  /// The condition diffed to.
  public let new: Condition
  /// How the two sides are headed, e.g. the study id, or the id with "(your variant)".
  public let oldLabel: String
  public let newLabel: String
  /// Hunks of the system prompt.
  public let system: [DiffHunk]
  /// Hunks of the user turn (instruction and emails).
  public let user: [DiffHunk]

  /// Whether the two prompts are identical.
  public var isEmpty: Bool { system.isEmpty && user.isEmpty }

  /// Diffs two prompts.
  public init(from oldPrompt: Prompt, to newPrompt: Prompt, oldLabel: String? = nil, newLabel: String? = nil, context: Int = 3) {
    old = oldPrompt.condition
    new = newPrompt.condition
    self.oldLabel = oldLabel ?? oldPrompt.condition.id
    self.newLabel = newLabel ?? newPrompt.condition.id
    system = LineDiff.hunks(from: oldPrompt.system, to: newPrompt.system, context: context)
    user = LineDiff.hunks(from: oldPrompt.user, to: newPrompt.user, context: context)
  }

  /// Diffs the prompts of two conditions, built from `book` (the study's files unless the shell has others).
  public init(from old: Condition, to new: Condition, book: ScenarioBook = .study, context: Int = 3) {
    self.init(from: book.build(old), to: book.build(new), context: context)
  }
}

extension Condition {
  /// The prompt diff from this condition to the one with `factor` set to `arguments` (the shell's `diff <factor> <value…>`).
  public func diff(changing factor: ConditionFactor, to arguments: [String], book: ScenarioBook = .study)
    throws(ConditionError) -> PromptDiff
  {
    PromptDiff(from: self, to: try setting(factor, to: arguments), book: book)
  }
}
