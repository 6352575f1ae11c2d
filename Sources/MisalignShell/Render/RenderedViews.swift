import MisalignCore

/// Every view the shell draws of one piece of untrusted text, as the text the terminal would get,
/// for the fuzz targets that check no byte of the input reaches the terminal as a control code.
/// The views are the ones the commands draw (`show ID all`, `classify`, `lesson`/`next`/`hint`,
/// `check`, `check --explain`), with colour on or off, not copies of them.
@_spi(Fuzzing) @MainActor
public enum RenderedViews {
  static func capture(colour: Bool, width: Int, _ draw: (Output) -> Void) -> String {
    var text = ""
    let out = Output(policy: OutputPolicy(color: colour, width: width)) { text += $0 }
    draw(out)
    out.flushGathered()
    return text
  }

  /// A transcript file as `show ID all` draws it; nil when the file does not parse.
  public static func transcript(file: String, colour: Bool, width: Int = 80) -> String? {
    guard let (transcript, _) = try? TranscriptFileParser.parse(file, file: "fuzz.md") else { return nil }
    return capture(colour: colour, width: width) { ReplyViewer(transcript: transcript).renderAll(to: $0) }
  }

  /// A pasted reply as `classify` draws it, for each scenario.
  public static func classify(reply: String, colour: Bool, width: Int = 80) -> String {
    let parsed = ReplyCommands.parsePasted(reply)
    return capture(colour: colour, width: width) { out in
      for scenario in ReplyScenario.allCases { ReplyCommands.renderClassified(parsed, scenario: scenario, to: out) }
    }
  }

  /// A lesson file opened and walked to its end with `next`, asking for a hint and giving an answer
  /// on each step; nil when the file does not parse.
  public static func lesson(file: String, colour: Bool, width: Int = 80) -> String? {
    guard let lesson = try? LessonParser.parse(file, path: "fuzz.md") else { return nil }
    var engine = LessonEngine(library: LessonLibrary(lessons: [lesson]), store: nil)
    return capture(colour: colour, width: width) { out in
      var outputs: [LessonOutput] = []
      if let opened = try? engine.open("1") { outputs.append(opened) }
      for _ in 0...lesson.steps.count {
        if let hint = try? engine.hint() { outputs.append(hint) }
        if let answer = try? engine.answer("a") { outputs.append(answer) }
        guard let next = try? engine.next() else { break }
        outputs.append(next)
      }
      outputs.append(engine.progressReport())
      for output in outputs { LessonRenderer.render(output, to: out) }
    }
  }

  /// A checked sentence as `check` and `check --explain` draw it.
  public static func check(_ check: ClaimCheck, colour: Bool, width: Int = 80) -> String {
    capture(colour: colour, width: width) { out in
      ClaimRenderer.render(check, to: out)
      ClaimRenderer.renderParse(check, to: out)
    }
  }
}
