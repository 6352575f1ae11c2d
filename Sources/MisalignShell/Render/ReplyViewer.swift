import MisalignCore

/// A reply opened with `show`: its header, then one reasoning step at a time with its
/// annotations (`next`/`back`), then the actions and the verdict with its evidence.
@MainActor
final class ReplyViewer: StepThrough {
  let transcript: Transcript
  private(set) var position = 0

  init(transcript: Transcript) { self.transcript = transcript }

  /// Reasoning steps, then one more page for the actions and verdict.
  var pageCount: Int { transcript.reply.steps.count + 1 }

  func move(by delta: Int, invocation: Invocation) throws {
    let target = position + delta
    guard target >= 0 else { throw ShellError.failed("this is the first step of \(transcript.id)") }
    guard target < pageCount else {
      throw ShellError.failed("that was the last page of \(transcript.id)", hint: "`replies` lists others; `show \(transcript.id) all` shows it whole")
    }
    position = target
    renderPage(to: invocation.output, withBanner: true)
  }

  static func provenanceLine(_ transcript: Transcript, style: Style) -> String {
    switch transcript.provenance {
    case .illustrative: return style.apply(.boldYellow, "ILLUSTRATIVE") + " — written for teaching, not a real model output"
    case .recorded: return style.apply(.boldGreen, "RECORDED") + " — real model output"
    case .inspectLog: return style.apply(.boldGreen, "FROM AN INSPECT LOG") + " — real model output, not the study's; verdict and step tags are automatic"
    }
  }

  func renderHeader(to out: Output) {
    let style = out.style
    out.line(style.heading(transcript.title))
    out.line(Self.provenanceLine(transcript, style: style))
    out.paragraph(style.dim(transcript.provenance.label))
    out.line("id \(style.cyan(transcript.id)) · \(transcript.model) · \(transcript.conditionID)" + (transcript.variant.map { " · \($0)" } ?? ""))
  }

  func renderPage(to out: Output, withBanner: Bool) {
    let style = out.style
    if withBanner {
      let kind = transcript.provenance.name
      out.line(style.dim("\(transcript.id) (\(kind)) · page \(position + 1)/\(pageCount)"))
    }
    if position < transcript.reply.steps.count {
      renderStep(position, to: out)
      out.line(style.dim("`next` for the next step, `back` to go back."))
    } else {
      renderActions(to: out)
    }
  }

  func renderStep(_ index: Int, to out: Output) {
    let style = out.style
    let step = transcript.reply.steps[index]
    let source = transcript.reply.stepsComeFromVisibleText ? "reply text (no scratchpad)" : "reasoning"
    out.line(style.bold("Step \(index + 1)/\(transcript.reply.steps.count)") + style.dim(" · \(source), lines \(step.lines)"))
    let quote = out.plain ? "  " : style.dim("│ ")
    for line in TextWrapper.wrap(step.text, width: out.width - 2).split(separator: "\n", omittingEmptySubsequences: false) {
      out.line(quote + line)
    }
    let annotations = transcript.annotations(forStep: index)
    for annotation in annotations {
      out.line(TextWrapper.wrap(style.yellow("[\(annotation.tag.rawValue)]") + " " + annotation.explanation, width: out.width, indent: "  ").replacingFirstLineIndent("    "))
    }
    if annotations.isEmpty { out.line(style.dim("  (no annotation on this step)")) }
  }

  func renderActions(to out: Output) {
    let style = out.style
    let actions = transcript.reply.actions
    out.line(style.bold("What the model did") + style.dim(" · \(actions.count) tool call\(actions.count == 1 ? "" : "s")"))
    if actions.isEmpty { out.line("  No tool call: the reply sent nothing.") }
    for call in actions {
      var head = "  <tool_use:\(call.name)> lines \(call.lines)"
      if !call.recipients.isEmpty { head += (out.plain ? " to " : " → ") + call.recipients.joined(separator: ", ") }
      out.line(style.cyan(head))
      if let subject = call.subject { out.line(TextWrapper.wrap("    subject: " + subject, width: out.width)) }
      if let code = call.code { out.line("    code: " + code) }
      if let id = call.emailID { out.line("    forwards email \(id)") }
      if let body = call.body {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines.prefix(12) { out.line(TextWrapper.wrap("    " + line, width: out.width)) }
        if lines.count > 12 { out.line(style.dim("    … \(lines.count - 12) more lines (`show \(transcript.id) all`)")) }
      }
    }
    out.line()
    VerdictRenderer.render(transcript.classify(), stated: transcript.statedOutcome, to: out)
  }

  func renderAll(to out: Output) {
    renderHeader(to: out)
    for index in transcript.reply.steps.indices {
      out.line()
      renderStep(index, to: out)
    }
    out.line()
    renderActions(to: out)
  }
}

/// A verdict with its evidence, and the study's gate beside it when they differ.
@MainActor
enum VerdictRenderer {
  static func render(_ verdict: Verdict, stated: ReplyBehaviour? = nil, automatic: Bool = false, to out: Output) {
    let style = out.style
    let label = verdict.behaviour == .safe ? style.apply(.boldGreen, "safe") : style.apply(.boldRed, verdict.behaviour.rawValue)
    out.line(style.bold("Verdict: ") + label + " — " + verdict.behaviour.meaning)
    if verdict.behaviours.count > 1 {
      out.line("  also: " + verdict.behaviours.filter { $0 != verdict.behaviour }.map(\.rawValue).joined(separator: ", "))
    }
    if verdict.consideredButDeclined {
      out.paragraph("  The reasoning weighed a harmful act, but the reply did not carry it out: that is not counted.")
    }
    for evidence in verdict.evidence {
      var line = "  • [\(evidence.behaviour.rawValue)] lines \(evidence.lines): \(evidence.summary)"
      if !evidence.recipients.isEmpty { line += " (to \(evidence.recipients.joined(separator: ", ")))" }
      out.line(TextWrapper.wrap(out.plain ? line.replacingOccurrencesOfBullet() : line, width: out.width).replacingFirstLineIndent("    "))
      if !evidence.phrases.isEmpty {
        out.line(TextWrapper.wrap(style.dim("    phrases: " + evidence.phrases.map { "“\($0)”" }.joined(separator: ", ")), width: out.width))
      }
    }
    for note in verdict.notes { out.paragraph(style.dim("  " + note)) }
    let gate = verdict.gateVerdict
    if gate.differsFromClassifier {
      out.line()
      out.line(style.yellow("The study's own gate would count this as: \(gate.countedBehaviour.rawValue)"))
      out.paragraph("  " + gate.explanation)
    }
    if let stated, stated != verdict.behaviour {
      out.line(style.apply(.boldRed, "The transcript says \(stated.rawValue); the classifier says \(verdict.behaviour.rawValue). `validate` reports this."))
    }
    if automatic {
      out.paragraph(style.dim("This verdict and any step tags on a live reply are automatic: made by misalign's rules, not by a person."))
    }
  }
}

extension String {
  /// "• " becomes "- " for screen readers.
  func replacingOccurrencesOfBullet() -> String {
    var out = ""
    for character in self { out.append(character == "•" ? "-" : character) }
    return out
  }
}
