import MisalignCore

/// Draws the lesson engine's output blocks for the terminal.
@MainActor
enum LessonRenderer {
  static func render(_ output: LessonOutput, to out: Output) {
    let style = out.style
    let markdown = MarkdownRenderer(style: style, width: out.width, plain: out.plain)
    var first = true
    for block in output.blocks {
      if !first { out.line() }
      first = false
      switch block {
      case .lessonHeading(let number, let title, let minutes):
        out.line(style.heading("Lesson \(number) · \(title)") + style.dim("  (about \(minutes) min)"))
      case .stepHeading(let number, let total, let kind, let title):
        out.line(style.bold("Step \(number)/\(total)") + style.dim(" · \(kind.rawValue) · ") + style.bold(title))
      case .markdown(let text):
        out.line(markdown.render(text))
      case .question(let text):
        out.line(markdown.render(text))
      case .choices(let choices):
        for choice in choices {
          out.line(TextWrapper.wrap(style.bold(choice.letter + ")") + " " + markdown.inline(choice.text), width: out.width, indent: "  "))
        }
      case .instruction(let text):
        out.line(style.dim(markdown.inline(text)))
      case .feedback(let tone, let text):
        let mark: String
        switch tone {
        case .correct: mark = out.plain ? "Correct: " : style.green("✓ ")
        case .incorrect: mark = out.plain ? "Not quite: " : style.red("✗ ")
        case .neutral: mark = ""
        }
        out.line(TextWrapper.wrap(mark + markdown.inline(text), width: out.width))
      case .reveal(let text):
        out.line(markdown.render(text))
      case .hint(let text, let number, let total):
        out.line(TextWrapper.wrap(style.yellow("Hint \(number)/\(total):") + " " + markdown.inline(text), width: out.width))
      case .notice(let text):
        out.line(TextWrapper.wrap(style.yellow("Note:") + " " + text, width: out.width))
      case .lessonList(let entries):
        renderList(entries, to: out)
      case .progressTable(let entries):
        renderProgress(entries, to: out)
      }
    }
  }

  static func renderList(_ entries: [LessonListEntry], to out: Output) {
    let style = out.style
    let titleWidth = min(46, entries.map { DisplayWidth.of($0.title) }.max() ?? 0)
    for entry in entries {
      let state: String
      if entry.finished {
        state = out.plain ? "finished" : style.green("✓ done")
      } else if entry.stepsDone > 0 {
        state = "\(entry.stepsDone)/\(entry.stepCount) steps"
      } else {
        state = style.dim("\(entry.stepCount) steps")
      }
      let marker = entry.isCurrent ? (out.plain ? "(open) " : style.yellow("▸ ")) : "  "
      let number = DisplayWidth.padLeft("\(entry.number).", to: 3)
      out.line("\(marker)\(number) \(DisplayWidth.pad(entry.title, to: titleWidth))  \(DisplayWidth.padLeft("\(entry.minutes) min", to: 6))  \(state)")
    }
    out.line()
    out.line(style.dim("Type `lesson <n>` to start or resume a lesson, `progress` for your answers."))
  }

  static func renderProgress(_ entries: [LessonProgressEntry], to out: Output) {
    let style = out.style
    for entry in entries {
      var line = "\(entry.number). \(entry.title): \(entry.stepsDone)/\(entry.stepCount) steps"
      if entry.questionCount > 0 { line += ", \(entry.answeredQuestions)/\(entry.questionCount) questions answered" }
      if entry.finished { line += out.plain ? ", finished" : " " + style.green("✓") }
      if let current = entry.currentStep { line += style.yellow(" (on step \(current))") }
      out.line(TextWrapper.wrap(line, width: out.width))
      if !entry.skippedSteps.isEmpty {
        out.line("     skipped: steps " + entry.skippedSteps.map(String.init).joined(separator: ", "))
      }
      for answer in entry.answers {
        let verdict = answer.firstAttemptCorrect ? "right first time" : "took \(answer.given.count) tries"
        out.line(TextWrapper.wrap("     step \(answer.step) (\(answer.kind.rawValue)): \(answer.given.joined(separator: out.plain ? ", then " : " → ")) — \(verdict)", width: out.width))
      }
    }
  }
}
