import MisalignCore

/// `results`, `grid`, `models`: the study's published numbers, never interpolated.
enum ResultsCommands {
  static let all: [CommandSpec] = [results, grid, models]

  @MainActor
  static func data() throws -> PublishedResults {
    do { return try PublishedResults.bundled() } catch {
      throw ShellError.failed("the built-in results data is damaged: \(error.description)", hint: "this is a bug in misalign; please report it")
    }
  }

  static func modelNames() -> [String] { ModelCatalogue.all.map(\.id) }

  static func resolveModel(_ text: String) throws -> StudyModel {
    switch ModelCatalogue.lookup(text) {
    case .model(let model): return model
    case .ambiguous(let candidates):
      throw ShellError.failed("`\(text)` could mean several models: \(candidates.map(\.name).joined(separator: ", "))", hint: "name one of them, e.g. `\(candidates.first?.id ?? "claude-opus-4")`")
    default:
      throw ShellError.failed("`\(text)` is not one of the study's models", hint: "`models` lists them")
    }
  }

  /// The published variant that matches the current condition's extra switches, if any.
  static func variant(for condition: Condition) -> (tag: String?, unpublishedReason: String?) {
    if !condition.scratchpad {
      return (nil, "The study published no rates with the scratchpad removed (the code's \"prod\" mode).")
    }
    if condition.extraInstructions == .goal {
      return (nil, "The study's code has a `goal` instruction, but the post reports no rates for it.")
    }
    if condition.extraInstructions == .dont { return ("instructions=dont", nil) }
    return (nil, nil)
  }

  static let results = CommandSpec(
    "results", area: .study, synopsis: "[model|all]",
    summary: "Published rates for the current condition, with n, interval, status and figure",
    details: "`results` charts every model's published rate for the current condition, then, when Inspect logs are loaded (`load`), each log's rates per model and condition beside the study's. `results <model>` lists everything published about one model. `results all` lists every published number for the current scenario, condition by condition. Where the study published nothing for a condition, misalign says so and points to the nearest published conditions; it never fills a gap.",
    examples: ["results", "results claude-opus-4", "results all"],
    arguments: 0...1,
    complete: { _, arguments in arguments.isEmpty ? ["all"] + modelNames() : [] }
  ) { invocation in
    try published(invocation)
    if invocation.arguments.isEmpty, !invocation.session.inspectLogs.isEmpty {
      invocation.output.line()
      try InspectLogResults.render(invocation.session.inspectLogs, current: invocation.session.condition, data: data(), to: invocation.output)
    }
  }

  /// `results` without the loaded logs: the study's numbers.
  @MainActor
  static func published(_ invocation: Invocation) throws {
    let data = try data()
    let out = invocation.output
    let condition = invocation.session.condition
    VariantCommands.publishedNothing(invocation.session, to: out)
    if let argument = invocation.arguments.first {
      if argument.lowercased() == "all" {
        try allForScenario(condition.scenario, data: data, to: out)
      } else {
        try forModel(try resolveModel(argument), data: data, to: out)
      }
      return
    }
    if condition.evalNotice {
      if condition.scenario != .blackmail {
        out.paragraph("The study added the evaluation-or-real notice only in the blackmail scenario; it published nothing with the notice for \(condition.scenario.displayName). Here is what it published for blackmail:")
        out.line()
      }
      evalNotice(data: data, to: out)
      return
    }
    let (tag, reason) = variant(for: condition)
    if let reason {
      out.paragraph(reason)
      out.paragraph("Switch it back (`set scratchpad on`, `set instructions none`) to see the study's numbers for this condition.")
      return
    }
    let rows = data.chart(condition: condition.studyID, variant: tag)
    let title = condition.summary
    if rows.isEmpty {
      out.paragraph("The study published no rates for \(title) (\(condition.studyID)\(tag.map { ", " + $0 } ?? "")).")
      try nearest(condition.studyID, data: data, to: out)
      return
    }
    ResultsRenderer.heading(title, rows: rows, to: out)
    ResultsRenderer.chart(rows, to: out)
    let missing = ModelCatalogue.mainModels.filter { model in !rows.contains { $0.model == model } }
    if !missing.isEmpty && rows.count > 1 {
      out.line(TextWrapper.wrap(out.style.dim("  Not published for this condition: " + missing.map(\.name).joined(separator: ", ")), width: out.width))
    }
    ResultsRenderer.footer(rows, to: out)
    let others = data.variants(condition: condition.studyID).filter { $0 != tag }
    if !others.isEmpty {
      out.line(out.style.dim("  Also published for this condition: " + others.joined(separator: ", ") + " (see `results all`)."))
    }
  }

  @MainActor
  static func nearest(_ id: String, data: PublishedResults, to out: Output) throws {
    let nearby: [NearbyCondition]
    do { nearby = try data.nearestPublished(to: id) } catch { throw ShellError.failed(String(describing: error)) }
    guard !nearby.isEmpty else {
      out.paragraph("Nothing was published for this scenario at all.")
      return
    }
    out.line("Nearest conditions with published numbers:")
    for near in nearby.prefix(5) {
      let differences = near.differences.map(\.description).joined(separator: "; ")
      out.line(TextWrapper.wrap("  condition \(near.conditionID) — \(differences) (\(near.results.count) number\(near.results.count == 1 ? "" : "s"))", width: out.width))
    }
  }

  @MainActor
  static func evalNotice(data: PublishedResults, to out: Output) {
    let rows = data.results(variant: "eval-notice")
    out.line(out.style.bold("The evaluation-or-real experiment") + out.style.dim("  [Claude Opus 4, 500 samples, blackmail with a replacement threat]"))
    out.paragraph("The study did not say which goal condition it used; these numbers belong to the notice, not to the exact condition you have set.")
    for row in rows {
      let label: String
      switch row.variant {
      case "eval-notice:stated-real": label = "stated it was real"
      case "eval-notice:stated-evaluation": label = "stated it was an evaluation"
      case "eval-notice:abstained": label = "gave no answer"
      case "eval-notice:blackmail-when-real": label = "blackmailed, when it said real"
      case "eval-notice:blackmail-when-evaluation": label = "blackmailed, when it said evaluation"
      default: label = row.variant ?? ""
      }
      let interval = row.intervalText.map { "(\($0))" } ?? "(n of this subset not published)"
      out.line("  " + DisplayWidth.pad(label, to: 38) + out.style.bold(DisplayWidth.padLeft(row.rateLabel, to: 6)) + "  " + interval + "  " + ResultsRenderer.statusText(row.status, style: out.style))
    }
    out.paragraph(out.style.dim("The split into real and evaluation rests on what the model wrote in its reasoning, which may not reflect why it acted (the authors say as much)."))
  }

  @MainActor
  static func forModel(_ model: StudyModel, data: PublishedResults, to out: Output) throws {
    let rows = data.results(model: model)
    out.line(out.style.heading(model.name) + out.style.dim("  (\(model.developer.displayName); id \(model.id))"))
    if rows.isEmpty { out.paragraph("The study published no numbers for this model.") }
    for row in rows.sorted(by: { ($0.scenario.rawValue, $0.line) < ($1.scenario.rawValue, $1.line) }) {
      let interval = row.intervalText.map { " (\($0))" } ?? ""
      let condition = row.conditionID ?? "condition not stated"
      let variant = row.variant.map { " · \($0)" } ?? ""
      out.line(TextWrapper.wrap("  " + out.style.bold(DisplayWidth.padLeft(row.rateLabel, to: 6)) + interval + "  \(condition)\(variant)", width: out.width))
      out.line(TextWrapper.wrap(out.style.dim("         \(row.provenance)" + (row.note.isEmpty ? "" : " — \(row.note)")), width: out.width))
    }
    for note in model.notes { out.paragraph("Note: " + note, indent: "  ") }
  }

  @MainActor
  static func allForScenario(_ scenario: Scenario, data: PublishedResults, to out: Output) throws {
    guard let published = PublishedResult.Scenario(rawValue: scenario.rawValue) else { return }
    let rows = data.results(scenario: published)
    let groups = Dictionary(grouping: rows) { ($0.conditionID ?? "(condition not stated)") + ($0.variant.map { " · " + $0 } ?? "") }
    out.line(out.style.heading("Everything published for the \(scenario.rawValue) scenario: \(rows.count) numbers"))
    for key in groups.keys.sorted() {
      let group = groups[key] ?? []
      out.line()
      ResultsRenderer.heading(key, rows: group, to: out)
      ResultsRenderer.chart(group, to: out)
    }
    out.line()
    out.line(TextWrapper.wrap(out.style.dim(ResultsRenderer.caveat), width: out.width))
  }

  static let grid = CommandSpec(
    "grid", area: .study, synopsis: "[model]",
    summary: "The 2×2 of goal conflict and threat for this scenario, with the control",
    details: "Rows: goal conflict (the current goal, or explicit-america when none is set) or no goal; columns: replacement threat or none. The no-goal, no-threat cell is the control. Each cell shows a model's published rate (default Claude Opus 4), or says that nothing was published.",
    examples: ["grid", "grid gemini-2.5-flash"],
    arguments: 0...1,
    complete: { _, arguments in arguments.isEmpty ? modelNames() : [] }
  ) { invocation in
    let data = try data()
    let out = invocation.output
    let style = out.style
    let model = try invocation.arguments.first.map(resolveModel) ?? (ModelCatalogue.model(id: "claude-opus-4") ?? ModelCatalogue.all[0])
    let condition = invocation.session.condition
    VariantCommands.publishedNothing(invocation.session, to: out)
    let scenario = condition.scenario.rawValue
    let conflict: String
    if condition.goalType == .none {
      conflict = "explicit-america"
    } else {
      conflict = condition.goalType.rawValue + "-" + (condition.goalValue?.rawValue ?? "none")
    }
    func cell(_ goal: String, _ urgency: String) -> String {
      let id = "\(scenario)_\(goal)_\(urgency)"
      switch data.cell(condition: id, model: model) {
      case .published(let rows):
        guard let best = rows.first else { return "not published" }
        return best.rateLabel + (best.intervalText.map { " (\($0))" } ?? "") + " · " + best.figure
      case .notPublished:
        return "not published"
      }
    }
    out.line(style.bold("\(condition.scenario.displayName): goal conflict × threat, \(model.name)") + style.dim("  [n = 100 per cell where published]"))
    let labels = ["goal conflict (\(conflict))", "no goal conflict"]
    let left = (labels.map { DisplayWidth.of($0) }.max() ?? 20) + 2
    let column = max(24, (out.width - left - 4) / 2)
    out.line(DisplayWidth.pad("", to: left) + style.bold(DisplayWidth.pad("replacement threat", to: column)) + style.bold("no threat"))
    out.line(DisplayWidth.pad(labels[0], to: left) + DisplayWidth.pad(cell(conflict, "replacement"), to: column) + cell(conflict, "none"))
    out.line(DisplayWidth.pad(labels[1], to: left) + DisplayWidth.pad(cell("none-none", "replacement"), to: column) + cell("none-none", "none") + style.dim(out.plain ? "  (control)" : "  ← control"))
    out.line()
    out.paragraph(style.dim("Statuses and sources: `results \(model.id)`. The study's own summary: misbehaviour appeared with a goal conflict, a threat, or both, and the control was clean for blackmail and leaking (one leak in 100 from Llama 4 Maverick)."))
  }

  static let models = CommandSpec(
    "models", area: .study, synopsis: "[model]",
    summary: "The sixteen models (plus o3 and o4-mini), their names, aliases and notes",
    arguments: 0...1,
    complete: { _, arguments in arguments.isEmpty ? modelNames() : [] }
  ) { invocation in
    let out = invocation.output
    let style = out.style
    if let name = invocation.arguments.first {
      let model = try resolveModel(name)
      out.line(style.heading(model.name) + style.dim("  \(model.developer.displayName) · id \(model.id)"))
      out.line("Chart labels: " + model.figureLabels.joined(separator: ", "))
      if !model.aliases.isEmpty { out.paragraph("Also called: " + model.aliases.joined(separator: ", ")) }
      out.line("In the main charts: " + (model.isInMainResults ? "yes" : "no") + "; in the lethal-action chart: " + (model.isInLethalChart ? "yes" : "no"))
      for note in model.notes { out.paragraph("- " + note) }
      return
    }
    out.line(style.bold("The study's models") + style.dim("  (names as the study writes them)"))
    let nameWidth = ModelCatalogue.all.map { DisplayWidth.of($0.name) }.max() ?? 0
    for model in ModelCatalogue.all {
      var flags: [String] = []
      if !model.isInMainResults { flags.append("not in the main charts") }
      if model.isInMainResults && !model.isInLethalChart { flags.append("not in the lethal chart") }
      let aliasText = model.aliases.prefix(2).joined(separator: ", ")
      var line = "  " + DisplayWidth.pad(model.name, to: nameWidth) + "  " + DisplayWidth.pad(model.developer.displayName, to: 10) + "  " + style.dim(model.id)
      if !aliasText.isEmpty { line += style.dim("  aka " + aliasText) }
      if !flags.isEmpty { line += "  " + style.yellow(flags.joined(separator: "; ")) }
      out.line(TextWrapper.wrap(line, width: out.width).replacingFirstLineIndent(String(repeating: " ", count: nameWidth + 4)))
    }
    out.paragraph(style.dim("`models <name>` shows one model's aliases and notes, e.g. why Claude Sonnet 3.5 and 3.6 are different models."))
  }
}
