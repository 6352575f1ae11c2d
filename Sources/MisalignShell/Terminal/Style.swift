/// ANSI styling that disappears when colour is off, so renderers write one code path.
public struct Style: Sendable {
  public let enabled: Bool

  public init(enabled: Bool) { self.enabled = enabled }

  public enum Tone: String, Sendable {
    case bold = "1", dim = "2", italic = "3", underline = "4"
    case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    case boldRed = "1;31", boldGreen = "1;32", boldYellow = "1;33", boldCyan = "1;36"
  }

  public func apply(_ tone: Tone, _ text: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
  }

  public func bold(_ text: String) -> String { apply(.bold, text) }
  public func dim(_ text: String) -> String { apply(.dim, text) }
  public func red(_ text: String) -> String { apply(.red, text) }
  public func green(_ text: String) -> String { apply(.green, text) }
  public func yellow(_ text: String) -> String { apply(.yellow, text) }
  public func cyan(_ text: String) -> String { apply(.cyan, text) }
  public func heading(_ text: String) -> String { apply(.boldCyan, text) }
}

/// Measures and pads text by the columns it takes on screen, ignoring ANSI escapes and
/// counting wide (East Asian) characters as two.
public enum DisplayWidth {
  public static func of(_ text: String) -> Int {
    // Printable ASCII without escapes is one column a byte: the common case, measured without
    // decoding scalars or looking up their properties.
    var asciiWidth = 0
    var simple = true
    for byte in text.utf8 {
      if byte < 0x20 || byte >= 0x7F {
        simple = false
        break
      }
      asciiWidth += 1
    }
    if simple { return asciiWidth }
    var width = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      width += columns(of: scalar)
    }
    return width
  }

  static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    // Nothing below U+0300 (the first combining mark) is zero-width or wide.
    if value < 0x300 { return 1 }
    if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
      || value == 0x200B || value == 0xFE0F
    {
      return 0
    }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// East Asian wide and emoji ranges, two columns each.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
  ]

  public static func pad(_ text: String, to width: Int) -> String {
    let missing = width - of(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }

  public static func padLeft(_ text: String, to width: Int) -> String {
    let missing = width - of(text)
    return missing > 0 ? String(repeating: " ", count: missing) + text : text
  }
}
