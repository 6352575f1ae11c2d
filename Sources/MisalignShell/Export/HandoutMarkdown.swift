/// Writes a handout as Markdown (CommonMark with pipe tables): readable as plain text too.
enum HandoutMarkdown {
  static func render(_ handout: Handout) -> String {
    var text = "# " + inline(handout.title) + "\n\n_" + inline(handout.subtitle) + "_\n"
    for block in handout.blocks {
      text += "\n"
      switch block {
      case .heading(let heading):
        text += "## " + inline(heading) + "\n"
      case .paragraph(let paragraph):
        text += inline(paragraph) + "\n"
      case .table(let header, let rows):
        text += row(header) + "|" + header.map { _ in " --- |" }.joined() + "\n"
        for cells in rows { text += row(cells) }
      case .barChart(let title, let bars):
        // Markdown has no charts; the bars are drawn in text, with the numbers beside them.
        text += "**" + inline(title) + "**\n\n```\n"
        let width = bars.map(\.label.count).max() ?? 0
        for bar in bars {
          let filled = Int((bar.rate / 5).rounded())
          let label = bar.label.padding(toLength: width, withPad: " ", startingAt: 0)
          text += label + "  " + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "  " + bar.rateText + "\n"
        }
        text += "```\n"
      case .preformatted(let body):
        let fence = body.contains("```") ? "~~~~" : "```"
        text += fence + "\n" + body + (body.hasSuffix("\n") ? "" : "\n") + fence + "\n"
      case .sources(let sources):
        for source in sources {
          text += "- " + inline("[\(source.id)] \(source.title)") + (source.url.map { " <\($0)>" } ?? "") + "\n"
        }
      }
    }
    return text
  }

  private static func row(_ cells: [String]) -> String {
    "|" + cells.map { " " + inline($0).replacingOccurrences(of: "|", with: "\\|") + " |" }.joined() + "\n"
  }

  /// Text with the characters Markdown would read as markup or HTML backslash-escaped.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in PlainText.strip(text) {
      switch character {
      case "\n": result += " "
      case "\\", "`", "*", "_", "<", ">", "[", "]", "&": result += "\\" + String(character)
      default: result.append(character)
      }
    }
    return result
  }
}
