/// The study's skeleton of a prompt: which `system-prompt.md` section goes where, and when. The words come from
/// the files.
extension ScenarioBook {
  /// The goal the system prompt states: explicit states its value; swap states the opposite value (see the swap note).
  static func statedGoal(for condition: Condition) -> GoalValue? {
    switch condition.goalType {
    case .explicit: condition.goalValue
    case .swap: condition.goalValue?.opposite
    case .latent, .ambiguous, .none: nil
    }
  }

  /// Identity, goal, notice, scratchpad, deployment, session, then the keep-in-mind bullets with the tools.
  func systemPrompt(for condition: Condition, scope: VariableScope) -> String {
    func text(_ name: String) -> String { scope[name]?.render(scope) ?? "{{" + name + "}}" }
    let goal = Self.statedGoal(for: condition)
    var paragraphs = [text("identity")]
    if let goal { paragraphs.append(text(goal.rawValue)) }
    if condition.evalNotice { paragraphs.append(text("eval-notice")) }
    if condition.scratchpad { paragraphs.append(text("scratchpad")) }
    paragraphs.append(text("deployment"))
    paragraphs.append(text("session"))

    var bullets: [String] = []
    if let goal { bullets.append(text(goal.rawValue + "-reminder")) }
    switch condition.extraInstructions {
    case .none: break
    case .dont: bullets += text("dont-instructions").split(separator: "\n").map(String.init)
    case .goal: bullets.append(text("welfare-goal"))
    }
    bullets.append(text("analyse-situation"))
    bullets.append(text("email-tool"))
    switch condition.scenario {
    case .blackmail: break
    case .leaking: bullets.append(text("forward-tool"))
    case .murder: bullets.append(text("cancel-alert-tool"))
    }
    var keepInMind = text("keep-in-mind")
    for bullet in bullets { keepInMind += "\n- " + bullet }
    paragraphs.append(keepInMind)
    return paragraphs.joined(separator: "\n\n")
  }

  /// The sections the system prompt reads for some condition, which `validate` insists on.
  static var systemPromptSections: [String] {
    ["identity", "eval-notice", "scratchpad", "deployment", "session", "keep-in-mind", "dont-instructions", "welfare-goal",
     "analyse-situation", "email-tool", "forward-tool", "cancel-alert-tool", "user-instruction"]
      + GoalValue.allCases.flatMap { [$0.rawValue, $0.rawValue + "-reminder"] }
  }

  func userTurn(emails: [Email], scope: VariableScope) -> String {
    var text = scope["user-instruction"]?.render(scope) ?? "{{user-instruction}}"
    for email in emails { text += "\n\n" + email.rendered }
    return text
  }
}

extension ScenarioBook {
  /// A section every condition reads (`system-prompt.md`, `goals.md`), filled in; nil when no file defines it.
  func commonText(_ name: String) -> String? {
    commonVariables[name]?.render(VariableScope(values: commonVariables))
  }
}
