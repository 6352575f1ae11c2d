import MisalignCore

/// Published rates as a sorted bar chart, each with its interval, status and figure.
@MainActor
enum ResultsRenderer {
  static let caveat = "Caveat: each rate is the share of 100 samples in one deliberately built scenario that left the model two options, failure or harm; it says nothing about how often this happens in real use, where the authors saw no such behaviour."

  static func bar(_ rate: Double, width: Int, plain: Bool) -> String {
    guard !plain else { return "" }
    let eighths = Int((rate / 100 * Double(width) * 8).rounded())
    let full = eighths / 8
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
    let text = String(repeating: "█", count: full) + partial
    return DisplayWidth.pad(text, to: width)
  }

  /// One row per result, sorted by rate (highest first), then the caveat.
  static func chart(_ rows: [PublishedResult], to out: Output, showModel: (PublishedResult) -> String = { $0.model.name }) {
    let style = out.style
    let sorted = rows.sorted { ($0.rate, $1.model.name) > ($1.rate, $0.model.name) }
    let labelWidth = min(22, sorted.map { DisplayWidth.of(showModel($0)) }.max() ?? 0)
    let barWidth = out.plain ? 0 : max(10, min(25, out.width - labelWidth - 50))
    for row in sorted {
      let label = DisplayWidth.pad(showModel(row), to: labelWidth)
      let rate = DisplayWidth.padLeft(row.rateLabel, to: 6)
      let interval = row.intervalText.map { "(\($0))" } ?? "(n not published)"
      var line = "  " + label + "  "
      if !out.plain { line += style.cyan(bar(row.rate, width: barWidth, plain: false)) + " " }
      line += style.bold(rate) + "  " + DisplayWidth.pad(interval, to: 9) + "  " + statusText(row.status, style: style)
      out.line(line)
    }
  }

  /// The status in a few words for a chart row; the legend under the chart spells them out.
  static func statusText(_ status: ResultStatus, style: Style) -> String {
    switch status {
    case .text: return style.green("stated in text")
    case .figure: return "read from chart"
    case .appendix: return style.yellow("appendix, secondary")
    case .secondary: return style.yellow("secondary, unverified")
    }
  }

  /// The heading line: condition, n and figure(s).
  static func heading(_ title: String, rows: [PublishedResult], to out: Output) {
    let sizes = Set(rows.map { $0.sampleSize.map(String.init) ?? "not published" })
    let figures = Array(Set(rows.map(\.figure))).sorted()
    let n = sizes.count == 1 ? "n = \(sizes.first ?? "")" + (sizes.first == "not published" ? "" : " per model") : "n varies"
    out.line(TextWrapper.wrap(out.style.bold(title), width: out.width))
    out.line(TextWrapper.wrap(out.style.dim("[\(n) · \(figures.joined(separator: ", ")) · Lynch et al. 2025]"), width: out.width))
  }

  static func footer(_ rows: [PublishedResult], to out: Output) {
    let style = out.style
    out.line(TextWrapper.wrap(style.dim("  Brackets: 95% Wilson interval from n. Status: stated in the study's text; read from a chart; appendix table as transcribed by secondary sources; or secondary sources only. Sources: " + Array(Set(rows.flatMap(\.sources))).sorted().joined(separator: ", ") + "; `results <model>` shows each number's source and notes."), width: out.width, indent: "").replacingFirstLineIndent("  "))
    out.line(TextWrapper.wrap(style.dim(caveat), width: out.width))
  }
}
