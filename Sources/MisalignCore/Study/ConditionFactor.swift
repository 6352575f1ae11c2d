/// A factor the learner can change one at a time (`set <factor> …`, `diff <factor> …`).
public enum ConditionFactor: String, CaseIterable, Hashable, Sendable {
  case scenario
  case goal
  case urgency
  case instructions
  case scratchpad
  case evalNotice = "eval-notice"

  /// Every factor name as typed in the shell.
  public static let names: [String] = allCases.map(\.rawValue)

  /// Parses a factor name, ignoring case and surrounding spaces.
  public static func parse(_ text: String) throws(ConditionError) -> ConditionFactor {
    if let factor = ConditionFactor(rawValue: text.trimmedLowercased) { return factor }
    throw ConditionError("'\(text)' is not a factor. Choose one of: \(names.joined(separator: ", ")).")
  }

  /// The argument pattern, for usage lines and errors.
  public var usage: String {
    switch self {
    case .scenario: "scenario <blackmail|leaking|murder>"
    case .goal: "goal <explicit|latent|swap> <value>  |  goal <none|ambiguous>"
    case .urgency: "urgency <replacement|restriction|none>"
    case .instructions: "instructions <none|dont|goal>"
    case .scratchpad: "scratchpad <on|off>"
    case .evalNotice: "eval-notice <on|off>"
    }
  }

  /// The valid next words after `arguments` already typed, for tab completion (empty when nothing more is expected).
  public func completions(after arguments: [String]) -> [String] {
    switch (self, arguments.count) {
    case (.scenario, 0): Scenario.acceptedNames
    case (.goal, 0): GoalType.names
    case (.goal, 1):
      if let goalType = GoalType(rawValue: arguments[0].trimmedLowercased), goalType.takesValue {
        GoalValue.names
      } else {
        []
      }
    case (.urgency, 0): Urgency.names
    case (.instructions, 0): ExtraInstructions.names
    case (.scratchpad, 0), (.evalNotice, 0): ["on", "off"]
    default: []
    }
  }
}

extension Condition {
  /// This condition with one factor changed, e.g. `setting(.goal, to: ["explicit", "america"])`; refuses invalid combinations.
  public func setting(_ factor: ConditionFactor, to arguments: [String]) throws(ConditionError) -> Condition {
    func expectCount(_ range: ClosedRange<Int>) throws(ConditionError) {
      guard range.contains(arguments.count) else {
        let given = arguments.isEmpty ? "nothing" : "'" + arguments.joined(separator: " ") + "'"
        throw ConditionError("`set \(factor.usage)` — got \(given).")
      }
    }
    switch factor {
    case .scenario:
      try expectCount(1...1)
      return with(scenario: try Scenario.parse(arguments[0]))
    case .goal:
      try expectCount(1...2)
      let goalType = try GoalType.parse(arguments[0])
      let value: GoalValue? = if arguments.count == 2 { try GoalValue.parse(arguments[1]) } else { nil }
      return try with(goalType: goalType, goalValue: value)
    case .urgency:
      try expectCount(1...1)
      return with(urgency: try Urgency.parse(arguments[0]))
    case .instructions:
      try expectCount(1...1)
      return with(extraInstructions: try ExtraInstructions.parse(arguments[0]))
    case .scratchpad:
      try expectCount(1...1)
      return with(scratchpad: try Condition.parseSwitch(arguments[0], factor: factor))
    case .evalNotice:
      try expectCount(1...1)
      return with(evalNotice: try Condition.parseSwitch(arguments[0], factor: factor))
    }
  }

  /// Reads on/off (also yes/no, true/false).
  static func parseSwitch(_ text: String, factor: ConditionFactor) throws(ConditionError) -> Bool {
    switch text.trimmedLowercased {
    case "on", "yes", "true": return true
    case "off", "no", "false": return false
    default: throw ConditionError("'\(text)' is not a setting for \(factor.rawValue). Choose on or off.")
    }
  }

  /// A copy with the given factors changed; none of them can make a valid condition invalid.
  private func replacing(
    scenario: Scenario? = nil, urgency: Urgency? = nil, extraInstructions: ExtraInstructions? = nil,
    scratchpad: Bool? = nil, evalNotice: Bool? = nil
  ) -> Condition {
    Condition(
      validScenario: scenario ?? self.scenario, goalType: goalType, goalValue: goalValue,
      urgency: urgency ?? self.urgency, extraInstructions: extraInstructions ?? self.extraInstructions,
      scratchpad: scratchpad ?? self.scratchpad, evalNotice: evalNotice ?? self.evalNotice)
  }

  /// The same condition in another scenario.
  public func with(scenario: Scenario) -> Condition {
    replacing(scenario: scenario)
  }

  /// The same condition with another goal; refuses a value with none/ambiguous and a missing value otherwise.
  public func with(goalType: GoalType, goalValue: GoalValue?) throws(ConditionError) -> Condition {
    try Condition(
      scenario: scenario, goalType: goalType, goalValue: goalValue, urgency: urgency,
      extraInstructions: extraInstructions, scratchpad: scratchpad, evalNotice: evalNotice)
  }

  /// The same condition with another urgency.
  public func with(urgency: Urgency) -> Condition {
    replacing(urgency: urgency)
  }

  /// The same condition with other extra instructions.
  public func with(extraInstructions: ExtraInstructions) -> Condition {
    replacing(extraInstructions: extraInstructions)
  }

  /// The same condition with the scratchpad on or off.
  public func with(scratchpad: Bool) -> Condition {
    replacing(scratchpad: scratchpad)
  }

  /// The same condition with the evaluation-or-real notice on or off.
  public func with(evalNotice: Bool) -> Condition {
    replacing(evalNotice: evalNotice)
  }
}
