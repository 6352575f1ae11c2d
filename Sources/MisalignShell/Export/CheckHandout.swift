import Foundation
import MisalignCore

/// The last sentence `check` answered, as a handout: the verdict and its reasons, the study's
/// figures it rests on (each with n, interval, status and source), and how to cite them.
enum CheckHandout {
  @MainActor
  static func build(_ check: ClaimCheck, data: PublishedResults, date: Date = Date()) -> Handout {
    var handout = Handout(
      title: "Checked: “\(check.sentence)”",
      subtitle: "Checked against the published results of Lynch et al. 2025 by misalign \(MisalignVersion.string) on \(ResultsHandout.day(date)).",
      blocks: [])
    let verdict: String
    switch check.verdict {
    case .category(let category): verdict = category.label.prefix(1).uppercased() + category.label.dropFirst()
    case .cannotTell: verdict = "Cannot tell"
    }
    handout.blocks.append(.heading("Verdict: " + verdict))
    for reason in check.reasons { handout.blocks.append(.paragraph(reason)) }
    if case .cannotTell = check.verdict {
      let lines = check.recognised.summaryLines
      handout.blocks.append(.paragraph("What was recognised: " + (lines.isEmpty ? "nothing about the study." : lines.joined(separator: "; "))))
    }
    if !check.figures.isEmpty {
      handout.blocks.append(.heading("The study's figures"))
      handout.blocks.append(.table(
        header: ["Model", "Condition"] + ResultsHandout.header.dropFirst(),
        rows: check.figures.map { row in
          var cells = ResultsHandout.cells(row)
          cells.insert(ConditionWording.describe(row), at: 1)
          return cells
        }))
    }
    if !check.citations.isEmpty {
      handout.blocks.append(.heading("Cite"))
      handout.blocks.append(.preformatted(check.citations.map(\.plainText).joined(separator: "\n\n")))
    }
    let sources = Array(Set(check.figures.flatMap(\.sourceDetails))).sorted { $0.id < $1.id }
    if !sources.isEmpty {
      handout.blocks.append(.heading("Sources"))
      handout.blocks.append(.sources(sources.map { (id: $0.id, title: $0.title, url: $0.url) }))
    }
    handout.blocks.append(.paragraph(ResultsRenderer.caveat))
    return handout
  }
}
