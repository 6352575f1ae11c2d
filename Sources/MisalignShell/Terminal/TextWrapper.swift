/// Word-wraps text to a width, keeping paragraphs, indentation of list items and preformatted
/// lines (those starting with two spaces or more) as they are.
public enum TextWrapper {
  public static func wrap(_ text: String, width: Int, indent: String = "") -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      out.append(contentsOf: wrapLine(String(line), width: width, indent: indent))
    }
    return out.joined(separator: "\n")
  }

  static func wrapLine(_ line: String, width: Int, indent: String) -> [String] {
    if line.isEmpty { return [""] }
    let leading = String(line.prefix { $0 == " " })
    if leading.count >= 4 || DisplayWidth.of(indent + line) <= width { return [indent + line] }
    // Hanging indent for list items ("- ", "* ", "1. ") so continuation lines align with the text.
    let body = line.dropFirst(leading.count)
    var hang = leading
    if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("• ") {
      hang += "  "
    } else if let dot = body.firstIndex(of: "."), body[..<dot].allSatisfy(\.isNumber), !body[..<dot].isEmpty {
      hang += String(repeating: " ", count: body.distance(from: body.startIndex, to: dot) + 2)
    }
    var lines: [String] = []
    var current = indent + leading
    var currentWidth = DisplayWidth.of(current)
    var atLineStart = true
    for word in body.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = DisplayWidth.of(String(word))
      if !atLineStart && currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = indent + hang
        currentWidth = DisplayWidth.of(current)
        atLineStart = true
      }
      if !atLineStart {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
      atLineStart = false
    }
    lines.append(current)
    return lines
  }
}
