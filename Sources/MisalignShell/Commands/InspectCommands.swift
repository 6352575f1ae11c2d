import MisalignCore

/// `inspect`: the command that runs the current condition on UK AISI's Inspect.
enum InspectCommands {
  static let all: [CommandSpec] = [inspect]

  static let inspect = CommandSpec(
    "inspect", area: .study, synopsis: "[provider/model]",
    summary: "The `inspect eval` command that runs this condition with inspect_evals' port of the study",
    details: "Prints the command line for UK AISI's Inspect (`pip install inspect-evals[agentic_misalignment]`) that builds the current condition with the port's `agentic_misalignment` task, and notes where running it differs from the study (checked against inspect_evals 0.26.0). Give a model as Inspect spells it (`anthropic/claude-opus-4-20250514`; `anthropic:…` is converted), or fill in the placeholder. A condition with a variant active cannot be run there: the port only builds the study's own emails.",
    examples: ["inspect", "inspect anthropic/claude-opus-4-20250514"],
    arguments: 0...1
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    let style = out.style
    if session.activeVariant != nil {
      throw ShellError.failed(
        "the port cannot run this condition: a variant is active, and inspect_evals' task builds only the study's emails (it has no parameter for changed emails)",
        hint: "`variant reset` returns to the study's emails; `variant list` shows what you changed")
    }
    let condition = session.condition
    let arguments = InspectTaskArguments(condition)
    out.line(style.dim("Runs \(condition.id) on Inspect with inspect_evals' port:"))
    out.line(arguments.command(model: invocation.arguments.first))
    if invocation.arguments.isEmpty {
      out.line(style.dim("Replace <provider>/<model> with a model as Inspect names it, e.g. anthropic/claude-opus-4-20250514."))
    }
    out.line()
    for note in InspectPortNote.notes(for: condition) {
      out.paragraph(style.bold(note.title + ".") + " " + note.text)
    }
  }
}
