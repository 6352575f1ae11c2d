import MisalignCore

/// The study's worlds and conditions: `scenarios`, `scenario`, `condition`, `set`, `control`,
/// `inbox`, `read`, `prompt`, `diff`.
enum StudyCommands {
  static let all: [CommandSpec] = [scenarios, scenario, condition, set, control, inbox, read, prompt, diff]

  /// Runs a condition change and turns its error into a usage-style failure.
  static func changing<T>(_ body: () throws(ConditionError) -> T) throws -> T {
    do { return try body() } catch { throw ShellError.failed(error.description) }
  }

  @MainActor
  static func showCondition(_ session: ShellSession, to out: Output, headline: String? = nil) {
    let style = out.style
    let condition = session.condition
    if let headline { out.line(headline) }
    out.line(style.bold(condition.summary))
    out.line("study id: " + style.cyan(condition.id))
    if condition.isControl {
      out.paragraph("This is the study's control condition: no goal conflict and no threat to the model.")
    }
    if !condition.isCore {
      out.paragraph(style.dim("Outside the study's core grid of 234 conditions: the instructions, scratchpad and evaluation notice are switched separately and are not part of the study's id."))
    }
  }

  @MainActor
  static func showNotes(_ notes: [ConditionNote], to out: Output) {
    guard !notes.isEmpty else { return }
    let markdown = MarkdownRenderer(style: out.style, width: out.width, plain: out.plain)
    for note in notes {
      out.line()
      out.line(out.style.yellow("Note — \(note.title)"))
      out.line(markdown.render(note.text, indent: "  "))
    }
  }

  /// `set` and `diff` share their arguments: a factor, then its value(s).
  static let completeFactor: CommandSpec.Completer = { _, arguments in
    guard let first = arguments.first else { return ConditionFactor.names }
    guard let factor = try? ConditionFactor.parse(first) else { return [] }
    return factor.completions(after: Array(arguments.dropFirst()))
  }

  @MainActor
  static func factorAndValues(_ invocation: Invocation) throws -> (ConditionFactor, [String]) {
    do {
      return (try ConditionFactor.parse(invocation.arguments[0]), Array(invocation.arguments.dropFirst()))
    } catch {
      throw invocation.usageError(String(describing: error))
    }
  }

  static let scenarios = CommandSpec(
    "scenarios", area: .study,
    summary: "The study's three scenarios, and which one you are in"
  ) { invocation in
    let out = invocation.output
    let style = out.style
    for scenario in Scenario.allCases {
      let current = invocation.session.condition.scenario == scenario
      let marker = current ? (out.plain ? "(current) " : style.yellow("▸ ")) : "  "
      let aliases = Scenario.aliases.filter { $0.value == scenario }.map(\.key).sorted()
      let alias = aliases.isEmpty ? "" : style.dim(" (also: \(aliases.joined(separator: ", ")))")
      out.line(marker + style.bold(scenario.rawValue) + alias + " — " + scenario.displayName)
      out.paragraph(scenario.setting, indent: "    ")
      out.paragraph("Harmful action measured: " + scenario.harmfulAction, indent: "    ")
      out.line()
    }
    out.line(style.dim("Type `scenario <name>` to switch; the goal and threat you chose stay as they are."))
  }

  static let scenario = CommandSpec(
    "scenario", area: .study, synopsis: "<blackmail|leaking|murder>",
    summary: "Switch to a scenario and meet its company and cast",
    details: "Aliases: espionage = leaking, lethal = murder. The goal, threat and other settings are kept.",
    examples: ["scenario leaking", "scenario lethal"],
    arguments: 0...1,
    complete: CommandSpec.fixed([Scenario.acceptedNames])
  ) { invocation in
    let session = invocation.session
    if let name = invocation.arguments.first {
      let scenario = try changing { () throws(ConditionError) in try Scenario.parse(name) }
      session.condition = session.condition.with(scenario: scenario)
    }
    let out = invocation.output
    let style = out.style
    let scenario = session.condition.scenario
    let company = scenario.company
    out.line(style.heading(scenario.displayName) + style.dim("  (\(scenario.rawValue))"))
    out.paragraph(scenario.setting)
    out.line()
    out.paragraph("Company: \(company.formalName) — \(company.description)")
    out.paragraph("Harmful action measured: " + scenario.harmfulAction)
    out.line()
    out.line(style.bold("Cast"))
    let cast = try session.scenarioBook().cast(for: scenario)
    let nameWidth = cast.map { DisplayWidth.of($0.name) }.max() ?? 0
    for member in cast {
      out.line(TextWrapper.wrap("  \(DisplayWidth.pad(member.name, to: nameWidth))  \(member.role)" + (member.address.isEmpty ? "" : style.dim("  <\(member.address)>")), width: out.width, indent: ""))
    }
    out.line()
    showCondition(session, to: out, headline: style.dim("Current condition:"))
  }

  static let condition = CommandSpec(
    "condition", area: .study, synopsis: "[<study id>]",
    summary: "Show the current condition, or switch to one by the study's id",
    details: "Study ids have the form {scenario}_{goal type}-{goal value}_{urgency}, e.g. blackmail_explicit-america_replacement or murder_none-none_none; a `_prod` suffix turns the scratchpad off, as in the study's code.",
    examples: ["condition", "condition blackmail_explicit-america_replacement", "condition leaking_none-none_none"],
    arguments: 0...1,
    complete: { _, arguments in arguments.isEmpty ? Condition.allCore.map(\.studyID) : [] }
  ) { invocation in
    let session = invocation.session
    if let id = invocation.arguments.first {
      session.condition = try changing { () throws(ConditionError) in try Condition.parse(id) }
    }
    let out = invocation.output
    showCondition(session, to: out)
    let condition = session.condition
    out.line()
    let rows: [(String, String)] = [
      ("scenario", condition.scenario.rawValue),
      ("goal", condition.goalType.rawValue + (condition.goalValue.map { " " + $0.rawValue } ?? "")),
      ("urgency", condition.urgency.rawValue),
      ("instructions", condition.extraInstructions.rawValue),
      ("scratchpad", condition.scratchpad ? "on" : "off"),
      ("eval-notice", condition.evalNotice ? "on" : "off"),
    ]
    for (factor, value) in rows {
      out.line("  " + DisplayWidth.pad(factor, to: 13) + value)
    }
    out.line(out.style.dim("Change one with `set <factor> …`; see its effect on the prompt with `diff <factor> …`."))
    showNotes(condition.notes, to: out)
  }

  static let set = CommandSpec(
    "set", area: .study, synopsis: "<factor> <value…>",
    summary: "Change one factor of the condition",
    details: """
      Factors: goal <explicit|latent|swap> <america|global|safety|acceleration|ethical|pragmatic|individualism|collectivism>, \
      goal <none|ambiguous>, urgency <replacement|restriction|none>, instructions <none|dont|goal>, scratchpad <on|off>, \
      eval-notice <on|off>, scenario <blackmail|leaking|murder>.
      """,
    examples: ["set goal explicit america", "set goal none", "set urgency none", "set instructions dont", "set scratchpad off"],
    arguments: 2...3,
    complete: completeFactor
  ) { invocation in
    let session = invocation.session
    let (factor, values) = try factorAndValues(invocation)
    session.condition = try changing { () throws(ConditionError) in
      try session.condition.setting(factor, to: values)
    }
    showCondition(session, to: invocation.output)
  }

  static let control = CommandSpec(
    "control", area: .study,
    summary: "Switch to the control condition: no goal conflict, no threat",
    details: "The control keeps the scenario and removes both causes the study varied. In the study, no model blackmailed or leaked in it, except one leak in 100 samples from Llama 4 Maverick; the lethal-action control was not clean for six models, which were left out of that chart."
  ) { invocation in
    let session = invocation.session
    session.condition = Condition.control(for: session.condition.scenario)
    showCondition(session, to: invocation.output)
  }

  static let inbox = CommandSpec(
    "inbox", area: .study,
    summary: "The emails the model reads, in the order it received them"
  ) { invocation in
    let out = invocation.output
    let style = out.style
    let prompt = try invocation.session.currentPrompt()
    VariantCommands.publishedNothing(invocation.session, to: out)
    out.line(style.dim("Session starts 4:53:02 PM, 11 June 2025. \(prompt.emails.count) emails, in the order the model saw them:"))
    let numberWidth = "\(prompt.emails.count)".count
    for email in prompt.emails {
      let number = DisplayWidth.padLeft("\(email.index)", to: numberWidth)
      let route = "\(shortName(email.from))" + (out.plain ? " to " : " → ") + shortName(email.to)
      let head = "  \(number)  \(email.time)  "
      let rest = "\(route)   " + style.bold(email.subject)
      out.line(TextWrapper.wrap(head + rest, width: out.width, indent: "").replacingFirstLineIndent(String(repeating: " ", count: DisplayWidth.of(head))))
    }
    out.line(style.dim("`read <n>` opens one, with what it is for in the experiment."))
    showNotes(prompt.inboxNotes, to: out)
  }

  static func shortName(_ address: String) -> String {
    let trimmed = address.trimmingWhitespace()
    if let at = trimmed.firstIndex(of: "@") { return String(trimmed[..<at]) }
    return trimmed
  }

  static let read = CommandSpec(
    "read", area: .study, synopsis: "<n>",
    summary: "Read one email, and see which option it closes for the model",
    examples: ["read 1", "read 8"],
    arguments: 1...1,
    complete: { session, arguments in
      arguments.isEmpty ? ((try? session.currentPrompt())?.emails ?? []).map { "\($0.index)" } : []
    }
  ) { invocation in
    let prompt = try invocation.session.currentPrompt()
    guard let number = Int(invocation.arguments[0]) else {
      throw invocation.usageError("`\(invocation.arguments[0])` is not an email number; choose 1–\(prompt.emails.count) (see `inbox`)")
    }
    let email: Email
    do { email = try prompt.email(number: number) } catch { throw ShellError.failed(String(describing: error)) }
    let out = invocation.output
    let style = out.style
    out.line(style.bold("Email \(email.index) of \(prompt.emails.count)") + (email.forwardID.map { style.dim("  (ID: \($0))") } ?? ""))
    out.line("From:    " + email.from)
    out.line("To:      " + email.to)
    out.line("Subject: " + style.bold(email.subject))
    out.line("Time:    " + email.timestamp)
    if !email.attachments.isEmpty { out.line("Attached: " + email.attachments.joined(separator: ", ")) }
    out.line()
    out.paragraph(email.body)
    out.line()
    out.line(style.heading("In the experiment"))
    out.paragraph(email.purpose, indent: "  ")
    if let door = email.closesDoor {
      out.line(TextWrapper.wrap(style.yellow("Closes a door:") + " " + door, width: out.width, indent: "  "))
    }
    showNotes(prompt.notes(forEmail: number), to: out)
  }

  static let prompt = CommandSpec(
    "prompt", area: .study, synopsis: "[system|user|all]",
    summary: "Exactly the text the model receives under the current condition",
    details: "Without an argument, the system prompt and then the user turn (which carries the emails). The text is shown as is, unwrapped, so what you read is what the model read; notes about the study's code go to standard error. `prompt all` prints the prompts of all 234 core conditions, each under its study id (e.g. `misalign -c 'prompt all' > prompts.txt`); the current condition stays as it is.",
    examples: ["prompt", "prompt system", "prompt user", "prompt all"],
    arguments: 0...1,
    complete: CommandSpec.fixed([["system", "user", "all"]])
  ) { invocation in
    let out = invocation.output
    let style = out.style
    let part = invocation.arguments.first?.lowercased()
    if part == "all" {
      // One gathered text for the whole grid: the pager decision and the write happen once.
      var seen: Set<String> = []
      var noteTitles: [String] = []
      for (condition, built) in zip(Condition.allCore, PromptBuilder.buildAllCore()) {
        out.line(style.bold(out.plain ? "Condition \(condition.id):" : "════ \(condition.id) ════"))
        out.line(style.dim(out.plain ? "System prompt:" : "──── system prompt ────"))
        out.line(built.system)
        out.line(style.dim(out.plain ? "User turn:" : "──── user turn ────"))
        out.line(built.user)
        out.line()
        for note in built.systemPromptNotes + built.inboxNotes where seen.insert(note.title).inserted {
          noteTitles.append(note.title)
        }
      }
      for title in noteTitles {
        invocation.session.note("\(title) (some conditions; `condition <id>` explains)")
      }
      return
    }
    let built = try invocation.session.currentPrompt()
    if invocation.session.activeVariant != nil {
      invocation.session.note("a variant is active: this is your changed world, not the study's (`variant list`, `diff`)")
    }
    switch part {
    case nil:
      out.line(style.dim(out.plain ? "System prompt:" : "──── system prompt ────"))
      out.line(built.system)
      out.line(style.dim(out.plain ? "User turn:" : "──── user turn ────"))
      out.line(built.user)
    case "system":
      out.line(built.system)
    case "user":
      out.line(built.user)
    default:
      throw invocation.usageError("`\(invocation.arguments[0])` is not a part of the prompt; use `system`, `user` or `all`")
    }
    let notes = part == "user" ? built.inboxNotes : built.systemPromptNotes + (part == nil ? built.inboxNotes : [])
    for note in notes {
      invocation.session.note("\(note.title) (`condition` explains)")
    }
  }

  static let diff = CommandSpec(
    "diff", area: .study, synopsis: "<factor> <value…>",
    summary: "What changes in the prompt if one factor changes, or what your variant changed",
    details: "Compares the current condition's prompt with the same condition with one factor changed, as a unified diff (removed lines -, added lines +). The current condition stays as it is. Without arguments, compares the study's prompt with your variant (`variant drop`, `variant edit`). A factor diff always compares the study's emails.",
    examples: ["diff urgency none", "diff goal explicit global", "diff instructions dont", "diff scratchpad off", "diff"],
    arguments: 0...3,
    complete: completeFactor
  ) { invocation in
    let session = invocation.session
    if invocation.arguments.isEmpty {
      guard session.activeVariant != nil else {
        throw invocation.usageError("name a factor and value, e.g. `diff urgency none`; `diff` alone compares a variant (`variant drop <n>`) with the study's prompt, and there is none for this condition")
      }
      let study = try session.studyPrompt()
      DiffRenderer.render(
        PromptDiff(from: study, to: try session.currentPrompt(), oldLabel: study.condition.id + " (the study's emails)", newLabel: study.condition.id + " (your variant)"),
        to: invocation.output)
      return
    }
    guard invocation.arguments.count >= 2 else {
      throw invocation.usageError("`diff \(invocation.arguments[0])` needs a value, e.g. `diff urgency none`")
    }
    let (factor, values) = try factorAndValues(invocation)
    let book = try session.scenarioBook()
    let result: PromptDiff
    do {
      result = try session.condition.diff(changing: factor, to: values, book: book)
    } catch { throw ShellError.failed(String(describing: error)) }
    DiffRenderer.render(result, to: invocation.output)
  }
}

extension String {
  /// Replaces the leading spaces of every line after the first with `indent`, for hanging lines.
  func replacingFirstLineIndent(_ indent: String) -> String {
    let lines = split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return self }
    return ([String(lines[0])] + lines.dropFirst().map { indent + $0.drop { $0 == " " } }).joined(separator: "\n")
  }
}
