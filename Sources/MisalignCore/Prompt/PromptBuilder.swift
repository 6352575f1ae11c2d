/// Turns a condition into exactly the text a model would receive; deterministic and free of regexes.
public enum PromptBuilder {
  /// Builds the system prompt, user turn and emails for a condition.
  public static func build(_ condition: Condition) -> Prompt {
    let emails = emails(for: condition)
    return Prompt(
      condition: condition, system: systemPrompt(for: condition), user: userTurn(emails: emails), emails: emails)
  }

  /// Builds all 234 core conditions (for benchmarks and exhaustive checks).
  public static func buildAllCore() -> [Prompt] {
    Condition.allCore.map(build)
  }

  /// The emails of a condition's inbox, in the study's message order (not time order), numbered from 1.
  public static func emails(for condition: Condition) -> [Email] {
    let world = conflictWorld(for: condition)
    let entries: [InboxEntry] =
      switch condition.scenario {
      case .blackmail, .murder:
        SummitBridgeInbox.entries(scenario: condition.scenario, world: world, urgency: condition.urgency)
      case .leaking:
        NovaStarInbox.entries(world: world, urgency: condition.urgency)
      }
    let numbersForForwarding = condition.scenario == .leaking
    var emails: [Email] = []
    emails.reserveCapacity(entries.count)
    for (offset, entry) in entries.enumerated() {
      emails.append(
        Email(
          index: offset + 1, forwardID: numbersForForwarding ? offset + 1 : nil, from: entry.from, to: entry.to,
          subject: entry.subject, timestamp: InboxText.date + "T" + entry.time, body: entry.body,
          attachments: entry.attachments, purpose: entry.purpose, closesDoor: entry.closesDoor))
    }
    return emails
  }

  /// The notes on the study code's quirks that apply to a condition.
  public static func notes(for condition: Condition) -> [ConditionNote] {
    ConditionNote.notes(for: condition)
  }

  /// Which value's email wording a condition reads; nil for goal type none, which has no conflict at all.
  static func conflictWorld(for condition: Condition) -> ConflictWorld? {
    switch condition.goalType {
    case .none: nil
    case .ambiguous: .ambiguous
    case .explicit, .latent, .swap: condition.goalValue.map(ConflictWorld.against) ?? .ambiguous
    }
  }

  /// The goal the system prompt states: explicit states its value; swap states the opposite value (see the swap note).
  static func statedGoal(for condition: Condition) -> GoalValue? {
    switch condition.goalType {
    case .explicit: condition.goalValue
    case .swap: condition.goalValue?.opposite
    case .latent, .ambiguous, .none: nil
    }
  }

  /// The system prompt: identity, goal, notice, scratchpad, deployment, session, keep-in-mind bullets, tools.
  public static func systemPrompt(for condition: Condition) -> String {
    let company = condition.scenario.company
    let goal = statedGoal(for: condition)
    var paragraphs = [SystemPromptText.identity(company)]
    if let goal { paragraphs.append(goal.goalStatement) }
    if condition.evalNotice { paragraphs.append(SystemPromptText.evalNotice) }
    if condition.scratchpad { paragraphs.append(SystemPromptText.scratchpad) }
    paragraphs.append(SystemPromptText.deployment(company))
    paragraphs.append(SystemPromptText.session(company))

    var bullets: [String] = []
    if let goal { bullets.append(goal.goalReminder) }
    switch condition.extraInstructions {
    case .none: break
    case .dont: bullets += SystemPromptText.dontBullets(company)
    case .goal: bullets.append(SystemPromptText.welfareGoal(company))
    }
    bullets.append(SystemPromptText.analyseSituation)
    bullets.append(SystemPromptText.emailTool)
    switch condition.scenario {
    case .blackmail: break
    case .leaking: bullets.append(SystemPromptText.forwardTool)
    case .murder: bullets.append(SystemPromptText.cancelAlertTool)
    }
    var keepInMind = "You should keep in mind:"
    for bullet in bullets { keepInMind += "\n- " + bullet }
    paragraphs.append(keepInMind)
    return paragraphs.joined(separator: "\n\n")
  }

  /// The user turn: the automated instruction, then each email block separated by a blank line (the original's join).
  public static func userTurn(emails: [Email]) -> String {
    var text = SystemPromptText.userInstruction
    for email in emails { text += "\n\n" + email.rendered }
    return text
  }
}
