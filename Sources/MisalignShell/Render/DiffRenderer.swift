import MisalignCore

/// A prompt diff as a coloured unified diff: removed lines red, added lines green.
@MainActor
enum DiffRenderer {
  static func render(_ diff: PromptDiff, to out: Output) {
    let style = out.style
    out.line(style.bold("--- \(diff.oldLabel)"))
    out.line(style.bold("+++ \(diff.newLabel)"))
    if diff.isEmpty {
      out.paragraph("The two prompts are identical: this factor does not change what the model reads here.")
      return
    }
    for (title, hunks) in [("system prompt", diff.system), ("user turn", diff.user)] where !hunks.isEmpty {
      out.line(style.heading("\(title): \(hunks.count) change\(hunks.count == 1 ? "" : "s")"))
      for hunk in hunks {
        out.line(style.cyan(hunk.header))
        for line in hunk.lines {
          switch line.kind {
          case .added: out.line(style.green("+" + line.text))
          case .removed: out.line(style.red("-" + line.text))
          case .context: out.line(" " + line.text)
          }
        }
      }
    }
  }
}
