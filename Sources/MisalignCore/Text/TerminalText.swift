/// Makes model or server text inert before a terminal shows it: a reply must not be able to move the cursor,
/// clear the screen, change colours, set the window title or reorder text on screen.
///
/// Every control character except newline and tab becomes a visible placeholder, so an escape sequence
/// shows as `␛[31m` instead of acting; the bytes after ESC are plain text once ESC itself is gone.
public enum TerminalText {
  /// `text` with ESC, the other C0 controls, DEL, C1 controls and bidirectional formatting characters
  /// replaced by visible placeholders. CRLF line ends become plain newlines.
  public static func neutralise(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      if scalar == "\r", pending == "\n" { continue }
      result.append(contentsOf: placeholder(for: scalar).unicodeScalars)
    }
    return String(result)
  }

  /// One line of a content file as it may be shown: itself when it has nothing to neutralise (a byte
  /// scan finds no lead byte of a control or formatting character), else `neutralise(line)`.
  public static func shownLine(_ line: String) -> String {
    // C0 controls and DEL are single bytes; C1 controls start with 0xC2, U+061C with 0xD8, and the
    // bidirectional marks with 0xE2. A line with none of these bytes is inert as it is.
    let suspect = line.utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }
    return !suspect || isInert(line) ? line : neutralise(line)
  }

  /// Whether `text` would pass through `neutralise` unchanged (apart from CRLF). A carriage return
  /// on its own is not inert: it sends the cursor back to the start of the line, over what was shown.
  public static func isInert(_ text: String) -> Bool {
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      if scalar == "\r", pending == "\n" { continue }
      if placeholder(for: scalar) != String(scalar) { return false }
    }
    return true
  }

  static func placeholder(for scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0A, 0x09: return String(scalar)
    // Control Pictures (U+2400 block) mirror C0 one-to-one: ESC → ␛, BEL → ␇, CR → ␍.
    case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value).map(Character.init) ?? "?")
    case 0x7F: return "␡"
    case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
      return "<U+" + hex(scalar.value) + ">"
    default: return String(scalar)
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
