import Foundation

/// Writes a handout as one self-contained HTML file: inline CSS and an inline SVG chart, no
/// scripts, fonts or images from elsewhere, so it opens the same offline and prints cleanly.
enum HandoutHTML {
  static func render(_ handout: Handout) -> String {
    var body = "<h1>\(escape(handout.title))</h1>\n<p class=\"subtitle\">\(escape(handout.subtitle))</p>\n"
    for block in handout.blocks {
      switch block {
      case .heading(let heading):
        body += "<h2>\(escape(heading))</h2>\n"
      case .paragraph(let paragraph):
        body += "<p>\(escape(paragraph))</p>\n"
      case .table(let header, let rows):
        body += "<table>\n<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for cells in rows { body += "<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
        body += "</tbody>\n</table>\n"
      case .barChart(let title, let bars):
        body += "<figure>\n" + svg(bars, title: title) + "<figcaption>\(escape(title))</figcaption>\n</figure>\n"
      case .preformatted(let text):
        body += "<pre>\(escape(text))</pre>\n"
      case .sources(let sources):
        body += "<ul class=\"sources\">\n"
        for source in sources {
          let link = source.url.map { " <a href=\"\(escape($0))\">\(escape($0))</a>" } ?? ""
          body += "<li>[\(escape(source.id))] \(escape(source.title))\(link)</li>\n"
        }
        body += "</ul>\n"
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(handout.title))</title>
      <style>
      \(css)
      </style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #ffffff; line-height: 1.5; }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    .subtitle { color: #5b5b66; margin-top: 0; }
    table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
    th, td { border: 1px solid #c9c9d1; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
    th { background: #eef0f6; }
    pre { background: #f5f5f7; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; }
    figure { margin: 1rem 0; }
    figcaption { color: #5b5b66; font-size: 0.9rem; }
    svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #1d1d1f; }
    .sources { font-size: 0.9rem; }
    """

  /// A horizontal bar chart: one row per bar, the rate as a bar out of 100%, the 95% interval as
  /// a whisker, and the rate written beside it.
  static func svg(_ bars: [Handout.Bar], title: String) -> String {
    let labelWidth = 180.0, chartWidth = 420.0, rowHeight = 24.0, top = 10.0
    let height = top * 2 + rowHeight * Double(bars.count) + 18
    let width = labelWidth + chartWidth + 70
    func x(_ percent: Double) -> String { format(labelWidth + chartWidth * max(0, min(100, percent)) / 100) }
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(format(width))\" height=\"\(format(height))\" viewBox=\"0 0 \(format(width)) \(format(height))\" aria-label=\"\(escape(title))\">\n"
    svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(top))\" width=\"\(format(chartWidth))\" height=\"\(format(rowHeight * Double(bars.count)))\" fill=\"#f3f4f8\"/>\n"
    for (index, bar) in bars.enumerated() {
      let y = top + rowHeight * Double(index)
      svg += "<text x=\"\(format(labelWidth - 8))\" y=\"\(format(y + 16))\" text-anchor=\"end\">\(escape(bar.label))</text>\n"
      svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(chartWidth * max(0, min(100, bar.rate)) / 100))\" height=\"\(format(rowHeight - 8))\" fill=\"#c2410c\"/>\n"
      if let lower = bar.lower, let upper = bar.upper {
        let middle = format(y + rowHeight / 2)
        svg += "<line x1=\"\(x(lower))\" y1=\"\(middle)\" x2=\"\(x(upper))\" y2=\"\(middle)\" stroke=\"#1d1d1f\" stroke-width=\"1.5\"/>\n"
      }
      svg += "<text x=\"\(format(labelWidth + chartWidth + 6))\" y=\"\(format(y + 16))\">\(escape(bar.rateText))</text>\n"
    }
    let axis = top + rowHeight * Double(bars.count) + 14
    for percent in [0.0, 50, 100] {
      svg += "<text x=\"\(x(percent))\" y=\"\(format(axis))\" text-anchor=\"middle\">\(Int(percent))%</text>\n"
    }
    return svg + "</svg>\n"
  }

  static func format(_ value: Double) -> String { String(format: "%.1f", value) }

  /// Text made safe for element content and quoted attributes; escape codes removed first.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in PlainText.strip(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
