import Foundation
import MisalignCore

/// A lesson as a handout: its steps in order (predictions and quizzes with their answers, the
/// commands to try), then every published row whose rate is a percentage the lesson uses, with n,
/// interval, status and source, and the study's citation.
enum LessonHandout {
  @MainActor
  static func build(_ lesson: Lesson, number: Int, data: PublishedResults, date: Date = Date()) -> Handout {
    var handout = Handout(
      title: "Lesson \(number): \(lesson.title)",
      subtitle: "A misalign lesson (about \(lesson.minutes) minutes) on Lynch et al. 2025; exported from misalign \(MisalignVersion.string) on \(ResultsHandout.day(date)).",
      blocks: [])
    if let summary = lesson.summary { handout.blocks.append(.paragraph(summary)) }
    var text: [String] = []
    for step in lesson.steps {
      handout.blocks.append(.heading(step.title))
      paragraphs(step.body).forEach { handout.blocks.append(.paragraph($0)) }
      text.append(step.body)
      switch step.task {
      case .text:
        break
      case .predict(let predict):
        if let question = predict.question { handout.blocks.append(.paragraph("Predict: " + question)) }
        handout.blocks.append(.paragraph("Answer: " + predict.reveal))
        text += [predict.question ?? "", predict.reveal]
      case .quiz(let quiz):
        if let question = quiz.question { handout.blocks.append(.paragraph("Quiz: " + question)) }
        handout.blocks.append(.table(
          header: ["Choice", "Right?", "Why"],
          rows: quiz.choices.map { [$0.text, $0.isCorrect ? "yes" : "no", $0.feedback] }))
        text += [quiz.question ?? ""] + quiz.choices.map(\.feedback)
      case .tryCommand(let task):
        handout.blocks.append(.preformatted(task.run))
      }
    }
    let quoted = Set(lesson.quotedPercentages.map(LessonValidator.normalize))
    var used: [String] = []
    for line in text.joined(separator: "\n").split(separator: "\n") {
      for number in LessonValidator.percentages(in: String(line)) where !quoted.contains(number) && !used.contains(number) {
        used.append(number)
      }
    }
    let rows = data.all.filter { row in used.contains(LessonValidator.normalize(row.rateText)) && row.conditionID != nil }
    if !rows.isEmpty {
      handout.blocks.append(.heading("The figures behind the percentages"))
      handout.blocks.append(.paragraph("Every published row whose rate is a percentage this lesson uses (" + used.map { $0 + "%" }.joined(separator: ", ") + "), with its condition, sample size, 95% interval, status and source. Percentages the lesson quotes on purpose, such as a wrong headline, are left out."))
      handout.blocks.append(.table(
        header: ["Model", "Condition"] + ResultsHandout.header.dropFirst(),
        rows: rows.map { row in
          var cells = ResultsHandout.cells(row)
          cells.insert(ConditionWording.describe(row), at: 1)
          return cells
        }))
      let sources = Array(Set(rows.flatMap(\.sourceDetails))).sorted { $0.id < $1.id }
      handout.blocks.append(.heading("Sources"))
      handout.blocks.append(.sources(sources.map { (id: $0.id, title: $0.title, url: $0.url) }))
    }
    if let citation = try? Citation.for(topic: "study") {
      handout.blocks.append(.heading("Cite"))
      handout.blocks.append(.preformatted(citation.plainText))
    }
    return handout
  }

  /// A step's body split at blank lines into paragraphs.
  static func paragraphs(_ body: String) -> [String] {
    body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
  }
}
