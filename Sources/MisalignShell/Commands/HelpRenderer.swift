/// `help`'s two views, generated from the command table.
@MainActor
enum HelpRenderer {
  static func overview(_ table: CommandTable, to out: Output) {
    let style = out.style
    out.paragraph("Commands (`help <command>` shows usage and examples):")
    let usageWidth = min(24, (table.commands.map { DisplayWidth.of($0.usage) }.max() ?? 0) + 2)
    for area in CommandSpec.Area.allCases {
      let commands = table.commands.filter { $0.area == area }
      guard !commands.isEmpty else { continue }
      out.line()
      out.line(style.heading(area.title))
      for command in commands {
        let usage = command.usage
        let indent = String(repeating: " ", count: usageWidth + 2)
        // On a narrow screen the summary goes under the usage rather than in a squeezed column.
        if DisplayWidth.of(usage) >= usageWidth || out.width - indent.count < 30 {
          out.line("  " + style.bold(usage))
          out.line(TextWrapper.wrap(command.summary, width: out.width, indent: out.width - indent.count < 30 ? "      " : indent))
        } else {
          let wrapped = TextWrapper.wrap(command.summary, width: out.width, indent: indent)
          let firstLine = String(wrapped.dropFirst(indent.count))
          out.line("  " + style.bold(DisplayWidth.pad(usage, to: usageWidth)) + firstLine)
        }
      }
    }
  }

  static func command(_ command: CommandSpec, to out: Output) {
    let style = out.style
    out.line(style.bold("usage: \(command.usage)"))
    out.paragraph(command.summary)
    if !command.details.isEmpty {
      out.line()
      out.paragraph(command.details)
    }
    if !command.aliases.isEmpty {
      out.line()
      out.line("Also: " + command.aliases.joined(separator: ", "))
    }
    if !command.examples.isEmpty {
      out.line()
      out.line("Examples:")
      for example in command.examples { out.line("  " + style.cyan(example)) }
    }
  }
}
