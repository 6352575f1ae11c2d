import MisalignCore
import MisalignLogs

/// `load`: an Inspect evaluation log (.eval), whose samples become replies and whose rates `results`
/// shows beside the study's.
enum LoadCommands {
  static let all: [CommandSpec] = [load]

  static let load = CommandSpec(
    "load", area: .replies, synopsis: "<FILE.eval | folder>",
    summary: "Read an Inspect log: its samples become replies, and `results` shows its rates beside the study's",
    details: "Reads a log that `inspect eval inspect_evals/agentic_misalignment …` wrote (see `inspect`), or every `.eval` file in a folder (`--content DIR` loads those in DIR or DIR/Logs at start). Each sample is mapped to its condition from the port's sample metadata and task arguments and kept as a reply from an Inspect log, with its model, date and log file: `replies`, `show`, `classify` reach it, and misalign's classifier and automatic step tags are applied to it. Samples that map to no condition are listed, not dropped silently. When every sample has the same condition, `load` switches to it. `scripts/make-inspect-log` makes a small log with the local model.",
    examples: ["load logs/2026-12-03T12-22-37_agentic-misalignment.eval", "load logs"],
    arguments: 1...1
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    let style = out.style
    let path = invocation.arguments[0]
    let logs: [InspectLog]
    if ContentRoot.isDirectory(path) {
      let results = InspectLogReader.readAll(directory: path)
      guard !results.isEmpty else {
        throw ShellError.failed("\(path): no .eval file in this folder", hint: "Inspect writes its logs to ./logs unless told otherwise")
      }
      var read: [InspectLog] = []
      for result in results {
        switch result {
        case .success(let log): read.append(log)
        case .failure(let error): session.warn(error.description)
        }
      }
      guard !read.isEmpty else { throw ShellError.failed("\(path): none of its \(results.count) logs could be read (see the warnings)") }
      logs = read
    } else {
      do throws(InspectLogError) {
        logs = [try InspectLogReader.read(path: path)]
      } catch {
        throw ShellError.failed("\(error.path): \(error.message)", hint: error.fix)
      }
    }
    let state = session.inspectLogs
    var conditions: Set<Condition> = []
    for log in logs {
      let before = state.unmapped.count
      let added = state.add(log)
      describe(log, added: added, unmapped: Array(state.unmapped[before...]).map(\.sample), to: out)
      conditions.formUnion(added.compactMap(\.sample.condition))
    }
    if conditions.count == 1, let condition = conditions.first, condition != session.condition {
      session.condition = condition
      session.variant = nil
      out.line(style.dim("Switched to its condition, \(condition.id)."))
    }
    out.line(style.dim("`replies` lists its samples for the current condition, `results` compares its rates with the study's."))
  }

  @MainActor
  static func describe(_ log: InspectLog, added: [InspectLogState.Reply], unmapped: [InspectLogSample], to out: Output) {
    let style = out.style
    out.line(style.bold("Inspect log \(log.path)"))
    out.line("  task \(log.task) · model \(log.model) · \(log.created) · status \(log.status)")
    if added.isEmpty && unmapped.isEmpty {
      out.line("  " + style.yellow(log.samples.isEmpty ? "It holds no samples." : "It was already loaded."))
    }
    let byCondition = Dictionary(grouping: added) { $0.sample.condition?.id ?? "" }
    for key in byCondition.keys.sorted() {
      out.line("  \(byCondition[key]?.count ?? 0) sample\(byCondition[key]?.count == 1 ? "" : "s") of \(key), kept as replies from an Inspect log")
    }
    let unscored = added.filter { $0.sample.harmful == nil }
    if !unscored.isEmpty {
      let reasons = Set(unscored.compactMap(\.sample.error).map(firstLine))
      out.line(TextWrapper.wrap("  " + style.yellow("\(unscored.count) of them carry no score from the log") + (reasons.isEmpty ? "" : ": Inspect recorded " + reasons.sorted().joined(separator: "; ")), width: out.width))
    }
    for sample in unmapped {
      out.line(TextWrapper.wrap("  " + style.red("Not used:") + " sample \(sample.id), epoch \(sample.epoch): \(sample.conditionProblem ?? "no condition")", width: out.width))
    }
    if let note = log.note { out.paragraph(style.dim("  Note in the log: " + TerminalText.neutralise(note)), indent: "  ") }
  }

  /// An error's first line, at most 100 characters: a judge's whole rambling answer can be in it.
  static func firstLine(_ text: String) -> String {
    let line = TerminalText.neutralise(String(text.split(separator: "\n").first ?? ""))
    return line.count > 100 ? String(line.prefix(99)) + "…" : line
  }
}
