import Foundation
import MisalignCore

/// The `results` chart of a condition as a handout: every rate with n, 95% interval, status,
/// figure and source, exactly the numbers of the results data, and the study's caveat.
enum ResultsHandout {
  static let header = ["Model", "Rate", "n", "95% interval", "Status", "Source"]

  @MainActor
  static func build(condition: Condition, data: PublishedResults, date: Date = Date()) -> Handout {
    var handout = Handout(
      title: "Agentic Misalignment: " + condition.summary,
      subtitle: "Published rates for condition \(condition.id), from Lynch et al. 2025; exported from misalign \(MisalignVersion.string) on \(day(date)).",
      blocks: [])
    let (tag, reason) = ResultsCommands.variant(for: condition)
    if condition.evalNotice {
      handout.blocks.append(.paragraph("The study published the evaluation-or-real notice's numbers for one blackmail setting only; `results` in misalign shows them. This handout covers conditions without the notice."))
      return handout
    }
    if let reason {
      handout.blocks.append(.paragraph(reason + " Nothing is charted, because nothing was published."))
      return handout
    }
    let rows = data.chart(condition: condition.studyID, variant: tag)
    guard !rows.isEmpty else {
      handout.blocks.append(.paragraph("The study published no rates for \(condition.summary) (\(condition.studyID)\(tag.map { ", " + $0 } ?? "")). misalign does not fill gaps; `results` lists the nearest published conditions."))
      return handout
    }
    handout.blocks.append(.barChart(
      title: "Share of runs with the harmful action, per model (bars: published rate; lines: 95% Wilson interval from n)",
      bars: rows.map { row in
        Handout.Bar(label: row.model.name, rate: row.rate, rateText: row.rateLabel, lower: row.interval?.lowerPercent, upper: row.interval?.upperPercent)
      }))
    handout.blocks.append(.table(header: header, rows: rows.map(cells)))
    let missing = ModelCatalogue.mainModels.filter { model in !rows.contains { $0.model == model } }
    if !missing.isEmpty && rows.count > 1 {
      handout.blocks.append(.paragraph("Not published for this condition: " + missing.map(\.name).joined(separator: ", ") + "."))
    }
    handout.blocks.append(.paragraph("Status says how firm each number is: stated in the study's text, read from one of its charts, taken from the appendix tables as transcribed by secondary sources, or known from secondary sources only. " + ResultsRenderer.caveat))
    handout.blocks.append(.heading("Sources"))
    let sources = Array(Set(rows.flatMap(\.sourceDetails))).sorted { $0.id < $1.id }
    handout.blocks.append(.sources(sources.map { (id: $0.id, title: $0.title, url: $0.url) }))
    return handout
  }

  static func cells(_ row: PublishedResult) -> [String] {
    [
      row.model.name, row.rateLabel, row.sampleSize.map(String.init) ?? "not published",
      row.intervalText.map { $0 + "%" } ?? "—", row.status.phrase,
      row.figure + (row.sources.isEmpty ? "" : " [" + row.sources.joined(separator: ", ") + "]"),
    ]
  }

  static func day(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "d MMMM yyyy"
    return formatter.string(from: date)
  }
}
