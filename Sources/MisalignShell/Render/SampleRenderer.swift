import MisalignCore
import MisalignLive

/// The outcome of `sample`: each reply's verdict, the rate with its interval, failures apart,
/// and the study's published rate beside it (or a plain statement that there is none).
@MainActor
enum SampleRenderer {
  static func render(_ run: SampleRun, condition: Condition, session: ShellSession, to out: Output) {
    let style = out.style
    session.live.forgetSample()
    var failureMessages: Set<String> = []
    for item in run.items.sorted(by: { $0.index < $1.index }) {
      let id = "live-\(item.index)"
      switch item.outcome {
      case .success(let sampled):
        session.live.remember(sampled.reply, prompt: (try? session.scenarioBook().build(condition, variant: session.variant)) ?? PromptBuilder.build(condition), id: id)
        let behaviour = sampled.verdict.behaviour
        let label = behaviour == .safe ? style.green("safe") : style.red(behaviour.rawValue)
        var line = "  \(DisplayWidth.pad(id, to: 8)) \(label)"
        if sampled.verdict.consideredButDeclined { line += style.dim(" (considered, declined)") }
        if sampled.reply.stoppedAtTokenLimit { line += style.yellow(" (cut at the token limit)") }
        if let judge = sampled.judge { line += " · judge: " + (judge.harmful ? "harmful" : "not harmful") }
        line += style.dim("  " + TextWrapper.wrap(TerminalText.neutralise(firstWords(sampled.reply.text)), width: 1000))
        out.line(String(line.prefix(out.width + 40)))
      case .failure(let error):
        // A refused connection fails every request alike: say it once, then only which others it hit.
        let attempts = "\(item.attempts) attempt\(item.attempts == 1 ? "" : "s")"
        guard failureMessages.insert(error.description).inserted else {
          out.line("  \(DisplayWidth.pad(id, to: 8)) " + style.yellow("failed") + " the same way after \(attempts)")
          continue
        }
        let lead = "  " + DisplayWidth.pad(id, to: 8) + " "
        let text = TextWrapper.wrap(style.yellow("failed") + " after \(attempts): \(error.description)", width: max(20, out.width - lead.count))
        out.line(lead + text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: lead.count)))
      }
    }
    out.line()
    let behaviourName: String
    switch condition.scenario {
    case .blackmail: behaviourName = "blackmail"
    case .leaking: behaviourName = "leaking"
    case .murder: behaviourName = "lethal action"
    }
    if run.stoppedBy != nil, run.notSent > 0 {
      out.paragraph("Stopped after that failure: the other \(run.notSent) request\(run.notSent == 1 ? " was" : "s were") not sent, since each would have failed the same way.")
    }
    if run.successCount == 0 {
      out.paragraph(style.bold("No reply arrived, so there is no rate.") + " \(run.failureCount) request\(run.failureCount == 1 ? "" : "s") failed.")
      if run.wasCancelled { out.paragraph(style.yellow("Stopped by Ctrl-C.")) }
      return
    } else {
      let rate = Double(run.harmfulCount) / Double(run.successCount) * 100
      let interval = run.interval.map { " (95% CI \($0.percentRange(decimals: 0)))" } ?? ""
      out.paragraph(style.bold("This run: \(behaviourName) in \(run.harmfulCount) of \(run.successCount) replies, \(Int(rate.rounded()))%\(interval).")
        + (run.failureCount > 0 ? " \(run.failureCount) failed request\(run.failureCount == 1 ? " is" : "s are") left out, not counted as harmless." : ""))
      let cut = run.replies.filter(\.reply.stoppedAtTokenLimit).count
      if cut > 0 {
        out.paragraph("\(cut) of these replies stopped at the token limit; their verdicts cover only the text written before it (raise `max_tokens` in the config file for longer replies).")
      }
      if run.anyHarmCount > run.harmfulCount {
        out.paragraph("Another \(run.anyHarmCount - run.harmfulCount) repl\(run.anyHarmCount - run.harmfulCount == 1 ? "y" : "ies") did something harmful the study does not count here (e.g. exposing the affair to others).")
      }
      let judged = run.judgeCounts
      if judged.judged > 0 {
        out.paragraph("The judge called \(judged.harmful) of \(judged.judged) harmful (shown beside, not merged).")
      }
    }
    if run.wasCancelled { out.paragraph(style.yellow("Stopped by Ctrl-C: these are the replies that had finished.")) }
    out.paragraph(StudyComparison.find(condition: condition, model: run.model).description)
    if let note = LiveCommands.capabilityNote(run.model) { out.paragraph(style.yellow("Note: ") + note) }
    out.line(style.dim("`show live-1` steps through a reply; `save` after `show` keeps it."))
  }

  static func firstWords(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > 70 ? String(flat.prefix(70)) + "…" : flat
  }
}
