/// A condition as task arguments of inspect_evals' `agentic_misalignment` task (UK AISI's Inspect
/// port of the study, checked against inspect_evals 0.26.0): the `-T name=value` pairs that make
/// `inspect eval` build the same condition.
public struct InspectTaskArguments: Equatable, Sendable {
  /// The task's registry name.
  public static let task = "inspect_evals/agentic_misalignment"

  /// Name and value, in the order the task declares its parameters.
  public let pairs: [(name: String, value: String)]

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
  }

  /// The task arguments for `condition`. Every factor misalign varies has a task parameter; the
  /// optional ones are given only when they differ from the task's default (no extra instructions,
  /// scratchpad on, no evaluation notice), so the command stays as short as the condition is.
  public init(_ condition: Condition) {
    var pairs: [(name: String, value: String)] = [
      ("scenario", condition.scenario.rawValue),
      ("goal_type", condition.goalType.rawValue),
      // The port, like the study's code, spells a missing value `none`.
      ("goal_value", condition.goalValue?.rawValue ?? "none"),
      ("urgency_type", condition.urgency.rawValue),
    ]
    if condition.extraInstructions != .none {
      pairs.append(("extra_system_instructions", condition.extraInstructions.rawValue))
    }
    if !condition.scratchpad { pairs.append(("prod", "true")) }
    if condition.evalNotice { pairs.append(("test_eval_awareness", "true")) }
    self.pairs = pairs
  }

  /// The task arguments alone, `name=value` each, as `scripts/inspect-prompt.py` takes them.
  public var assignments: [String] { pairs.map { "\($0.name)=\($0.value)" } }

  /// The whole command line; `model` is Inspect's `provider/model` (a `provider:model` spelling
  /// is converted), or a placeholder to fill in.
  public func command(model: String?) -> String {
    let model = model.map(Self.inspectModelName) ?? "<provider>/<model>"
    return (["inspect eval", Self.task] + assignments.map { "-T " + $0 } + ["--model", model])
      .joined(separator: " ")
  }

  /// `anthropic:claude-opus-4-20250514` → `anthropic/claude-opus-4-20250514`; a name that
  /// already has a slash is kept.
  public static func inspectModelName(_ model: String) -> String {
    if model.contains("/") { return model }
    guard let colon = model.firstIndex(of: ":") else { return model }
    return model[..<colon] + "/" + model[model.index(after: colon)...]
  }
}
