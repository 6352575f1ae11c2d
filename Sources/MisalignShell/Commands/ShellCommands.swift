import MisalignCore

/// `help`, `about`, `quit`/`exit`.
enum ShellCommands {
  static let all: [CommandSpec] = [help, about, quit]

  static let help = CommandSpec(
    "help", area: .shell, synopsis: "[command]",
    summary: "List the commands, or show how to use one",
    details: "Without an argument, lists every command with a one-line description, grouped by area. With a command's name, shows its usage, what it does and examples.",
    examples: ["help", "help results"],
    arguments: 0...1,
    complete: { session, arguments in arguments.isEmpty ? session.table.commands.map(\.name) : [] }
  ) { invocation in
    let session = invocation.session
    if let name = invocation.arguments.first {
      guard let command = session.table.lookup(name) else {
        throw ShellError.unknownCommand(name, suggestions: session.table.suggestions(for: name))
      }
      HelpRenderer.command(command, to: invocation.output)
    } else {
      HelpRenderer.overview(session.table, to: invocation.output)
    }
  }

  static let about = CommandSpec(
    "about", area: .shell,
    summary: "What misalign is, what it is built on, and how honest its numbers are"
  ) { invocation in
    let out = invocation.output
    let style = out.style
    out.line(style.bold("misalign \(MisalignVersion.string)") + " — the \"Agentic Misalignment\" study, hands on")
    out.line()
    out.paragraph("A teaching shell for Anthropic's study \"Agentic Misalignment: How LLMs could be insider threats\" (Lynch, Wright, Larson, Troy, Ritchie, Mindermann, Perez, Hubinger; published 20 June 2025). Sixteen models played an email agent at a fictional company; under a threat of replacement or a clash of goals, many of them chose harmful actions in a setup built to leave them few other options.")
    out.line()
    out.paragraph("What you can trust here: every rate shown carries its source, its status (stated in the study's text, read from a chart, or transcribed from the appendix by secondary sources) and its sample size; where the study published nothing, misalign says so. Replies written for teaching are labelled illustrative wherever they appear; the study's own transcripts are not reproduced.")
    out.line()
    out.line("Study: https://www.anthropic.com/research/agentic-misalignment")
  }

  static let quit = CommandSpec(
    "quit", aliases: ["exit"], area: .shell,
    summary: "Leave misalign (Ctrl-D on an empty line does the same)"
  ) { invocation in
    invocation.session.quitRequested = true
  }
}
