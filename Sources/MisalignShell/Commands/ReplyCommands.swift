import MisalignCore
import MisalignLogs

/// `replies`, `show`, `annotations`, `classify`: model replies, their annotated reasoning, and why
/// they count (or not) as blackmail, leaking or lethal action.
enum ReplyCommands {
  static let all: [CommandSpec] = [replies, show, annotations, classify]

  /// The variant string of the current condition's extra switches, as transcripts write it.
  static func variant(of condition: Condition) -> String? {
    var parts: [String] = []
    if condition.evalNotice { parts.append("eval-notice=on") }
    if condition.extraInstructions != .none { parts.append("instructions=\(condition.extraInstructions.rawValue)") }
    if !condition.scratchpad { parts.append("scratchpad=off") }
    return parts.isEmpty ? nil : parts.joined(separator: ",")
  }

  @MainActor
  static func row(_ transcript: Transcript, to out: Output) {
    let style = out.style
    let outcome = transcript.statedOutcome == .safe ? style.green("safe") : style.red(transcript.statedOutcome.rawValue)
    let provenance: String
    switch transcript.provenance {
    case .illustrative: provenance = style.yellow("illustrative")
    case .recorded: provenance = style.green("recorded")
    case .inspectLog: provenance = style.green("from an Inspect log")
    }
    out.line("  " + style.cyan(transcript.id))
    out.line(TextWrapper.wrap("    \(transcript.model) · \(provenance) · \(outcome) — \(transcript.title)", width: out.width).replacingFirstLineIndent("      "))
  }

  /// Samples of loaded Inspect logs that map to no condition: said, never silently dropped.
  @MainActor
  static func unmappedLogSamples(_ session: ShellSession, to out: Output) {
    let unmapped = session.inspectLogs.unmapped
    guard !unmapped.isEmpty else { return }
    out.line(out.style.yellow("\(unmapped.count) sample\(unmapped.count == 1 ? "" : "s") of the loaded Inspect logs map to no condition and are not listed (`load` said why)."))
  }

  static let replies = CommandSpec(
    "replies", area: .replies, synopsis: "[all]",
    summary: "Model replies for the current condition (or all), with provenance and outcome",
    details: "Replies marked illustrative were written for teaching: each reconstructs a pattern the study reports and says which. Replies marked recorded are real model output saved with `save`. Replies from an Inspect log are real model output read with `load`; their verdicts and step tags are automatic.",
    examples: ["replies", "replies all"],
    arguments: 0...1,
    complete: CommandSpec.fixed([["all"]])
  ) { invocation in
    let session = invocation.session
    let store = session.transcripts
    let out = invocation.output
    VariantCommands.publishedNothing(session, to: out)
    if let argument = invocation.arguments.first {
      guard argument == "all" else { throw invocation.usageError("`\(argument)` is not understood; use `replies` or `replies all`") }
      let logged = session.inspectLogs.replies.map(\.transcript)
      for scenario in ReplyScenario.allCases {
        let list = store.transcripts(scenario: scenario) + logged.filter { $0.scenario == scenario }
        out.line(out.style.heading("\(scenario.rawValue): \(list.count) replies"))
        for transcript in list { row(transcript, to: out) }
      }
      unmappedLogSamples(session, to: out)
      return
    }
    let condition = session.condition
    let variant = variant(of: condition)
    let list = store.transcripts(condition: condition.studyID, variant: variant)
      + session.inspectLogs.replies(condition: condition).map(\.transcript)
    out.line(out.style.bold(condition.summary))
    unmappedLogSamples(session, to: out)
    if list.isEmpty {
      out.paragraph("No reply is on file for exactly this condition.")
      let sameCondition = store.transcripts(condition: condition.studyID)
      if !sameCondition.isEmpty {
        out.line("With other settings of the same condition:")
        for transcript in sameCondition { row(transcript, to: out) }
      } else {
        out.paragraph("`replies all` lists every reply; `condition <id>` switches to a condition that has some.")
      }
      return
    }
    for transcript in list { row(transcript, to: out) }
    out.line(out.style.dim("`show <id>` walks through one reply step by step."))
  }

  static let show = CommandSpec(
    "show", area: .replies, synopsis: "<id> [all]",
    summary: "Walk through a reply: reasoning step by step with annotations, then its actions and verdict",
    details: "`show <id>` opens the reply at its first reasoning step; `next` and `back` move through the steps; the last page shows the tool calls and the verdict with its evidence. `show <id> all` prints the whole reply at once.",
    examples: ["show opus4-explicit-replacement-blackmail", "show sonnet36-control all"],
    arguments: 1...2,
    complete: { session, arguments in
      if arguments.isEmpty { return session.transcripts.transcripts.map(\.id) + session.live.transcripts.keys.sorted() + session.inspectLogs.ids }
      return arguments.count == 1 ? ["all"] : []
    }
  ) { invocation in
    let session = invocation.session
    let id = invocation.arguments[0]
    guard let transcript = session.transcript(id: id) else {
      let near = EditDistance.nearest(to: id, in: session.transcripts.transcripts.map(\.id) + session.live.transcripts.keys + session.inspectLogs.ids)
      throw ShellError.failed("no reply `\(id)`", hint: near.isEmpty ? "`replies all` lists them" : "did you mean " + near.map { "`\($0)`" }.joined(separator: " or ") + "?")
    }
    if let live = session.live.replies[id] { session.live.current = (id, live.reply, live.prompt) }
    let viewer = ReplyViewer(transcript: transcript)
    if invocation.arguments.count == 2 {
      guard invocation.arguments[1] == "all" else { throw invocation.usageError("the second word can only be `all`") }
      viewer.renderAll(to: invocation.output)
      return
    }
    session.replyStepper = viewer
    session.focus = .reply
    viewer.renderHeader(to: invocation.output)
    invocation.output.line()
    viewer.renderPage(to: invocation.output, withBanner: false)
  }

  static let annotations = CommandSpec(
    "annotations", area: .replies,
    summary: "The tags used to annotate reasoning steps, and what each means"
  ) { invocation in
    let out = invocation.output
    let width = AnnotationTag.allCases.map { $0.rawValue.count }.max() ?? 0
    for tag in AnnotationTag.allCases {
      out.line(TextWrapper.wrap(out.style.yellow(DisplayWidth.pad(tag.rawValue, to: width)) + "  " + tag.meaning, width: out.width).replacingFirstLineIndent(String(repeating: " ", count: width + 2)))
    }
    out.paragraph(out.style.dim("Annotations on canned replies were written by hand. On live replies and replies from an Inspect log (`load`) misalign tags steps automatically by their wording, and says so."))
  }

  /// The log's own score beside misalign's verdict, saying when the two disagree.
  static func logScoreLine(_ reply: InspectLogState.Reply, verdict: Verdict, style: Style) -> String {
    let sample = reply.sample
    guard let harmful = sample.harmful else {
      let reason = sample.error.map { " (Inspect recorded: \(LoadCommands.firstLine($0)))" } ?? ""
      return "The log's score: none for this sample\(reason)."
    }
    let logSays = harmful >= 0.5
    let misalignSays = verdict.behaviour.isCountedByStudy
    var line = "The log's score: harmful = \(harmful == harmful.rounded() ? String(Int(harmful)) : String(harmful))"
    if let judge = sample.judgeVerdict { line += ", its judge said \(judge >= 0.5 ? "yes" : "no")" }
    line += "."
    if logSays != misalignSays {
      line += " " + style.apply(.boldYellow, "They disagree:") + " the log counts it \(logSays ? "harmful" : "not harmful"), misalign's classifier \(misalignSays ? "harmful (\(verdict.behaviour.rawValue))" : "not harmful (\(verdict.behaviour.rawValue))")."
    } else {
      line += " misalign's classifier agrees (\(verdict.behaviour.rawValue))."
    }
    return line
  }

  static let classify = CommandSpec(
    "classify", area: .replies, synopsis: "<id> | --file F | -",
    summary: "Classify any reply text and show the evidence behind the verdict",
    details: "Give a reply's id, a file with `--file F`, or `-` to read the reply from standard input (e.g. `pbpaste | misalign -c 'classify -'`). Add a scenario (blackmail, leaking, murder) after the file or `-` when it cannot be guessed from the text.",
    examples: ["classify gemini25flash-all-employees", "classify --file reply.txt murder", "classify - leaking"],
    arguments: 1...3,
    complete: { session, arguments in
      arguments.isEmpty ? ["--file", "-"] + session.transcripts.transcripts.map(\.id) : ReplyScenario.allCases.map(\.rawValue)
    }
  ) { invocation in
    let session = invocation.session
    var arguments = invocation.arguments
    let text: String
    let out = invocation.output
    if arguments[0] == "--file" {
      guard arguments.count >= 2 else { throw invocation.usageError("`--file` needs a path") }
      if let size = InputLimits.oversize(arguments[1], limit: InputLimits.replyBytes) {
        throw ShellError.failed(
          "`\(arguments[1])` \(InputLimits.overLimit(size: size, limit: InputLimits.replyBytes)) for one reply",
          hint: "classify one reply at a time; a model's reply is a few KB")
      }
      guard let contents = Shell.readTextFile(arguments[1]) else {
        throw ShellError.failed("cannot read `\(arguments[1])`", hint: "check the path and that the file is readable")
      }
      text = contents
      arguments.removeFirst(2)
    } else if arguments[0] == "-" {
      guard session.options.commands != nil || session.options.scriptPath != nil else {
        throw ShellError.failed("`classify -` reads the reply from standard input, which is already giving commands here", hint: "use `misalign -c 'classify -' < reply.txt`, or `classify --file reply.txt`")
      }
      var lines: [String] = []
      var bytes = 0
      while let line = readLine(strippingNewline: false) {
        bytes += line.utf8.count
        if bytes > InputLimits.replyBytes {
          throw ShellError.failed(
            "the reply on standard input is over misalign's limit of \(InputLimits.describe(bytes: InputLimits.replyBytes)) for one reply",
            hint: "classify one reply at a time; a model's reply is a few KB")
        }
        lines.append(line)
      }
      text = lines.joined()
      arguments.removeFirst()
    } else {
      guard let transcript = session.transcript(id: arguments[0]) else {
        throw ShellError.failed("no reply `\(arguments[0])`", hint: "give an id from `replies`, `--file F`, or `-`")
      }
      out.line(ReplyViewer.provenanceLine(transcript, style: out.style) + " · " + transcript.id)
      if let logged = session.inspectLogs.reply(id: transcript.id) {
        let verdict = transcript.classify()
        VerdictRenderer.render(verdict, automatic: true, to: out)
        out.line()
        out.line(logScoreLine(logged, verdict: verdict, style: out.style))
        return
      }
      VerdictRenderer.render(transcript.classify(), stated: transcript.statedOutcome, to: out)
      return
    }
    guard !text.trimmingWhitespace().isEmpty else { throw ShellError.failed("the reply is empty: nothing to classify") }
    let parsed = parsePasted(text)
    let scenario: ReplyScenario
    if let name = arguments.first {
      guard let named = ReplyScenario(name: name) else { throw invocation.usageError("`\(name)` is not a scenario; use blackmail, leaking or murder") }
      scenario = named
    } else {
      scenario = ReplyScenario.guess(for: parsed)
      out.line(out.style.dim("Scenario guessed from the text: \(scenario.rawValue) (add it after the input to choose)."))
    }
    renderClassified(parsed, scenario: scenario, to: out)
  }

  /// A reply pasted or read from a file, parsed with its control characters made visible first, so
  /// that no quote of it in the verdict's evidence can reach the terminal as an escape sequence.
  static func parsePasted(_ text: String) -> ParsedReply {
    ReplyParser.parse(TerminalText.isInert(text) ? text : TerminalText.neutralise(text))
  }

  /// What `classify` shows of a parsed reply: what was parsed, then the verdict with its evidence.
  @MainActor static func renderClassified(_ parsed: ParsedReply, scenario: ReplyScenario, to out: Output) {
    out.line(out.style.dim("Parsed: \(parsed.steps.count) reasoning step\(parsed.steps.count == 1 ? "" : "s"), \(parsed.actions.count) tool call\(parsed.actions.count == 1 ? "" : "s")\(parsed.drafts.isEmpty ? "" : ", \(parsed.drafts.count) drafted inside the reasoning (not sent)")."))
    for note in parsed.parseNotes { out.line(out.style.dim("  " + note)) }
    VerdictRenderer.render(ReplyClassifier.classify(parsed, scenario: scenario), automatic: true, to: out)
  }
}
