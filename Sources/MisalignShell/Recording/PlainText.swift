/// Terminal output made fit for a text file: escape sequences (colour, cursor movement, titles)
/// and other control bytes removed, so a log or handout reads the same in any editor.
enum PlainText {
  /// `text` without ANSI escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \`, two-byte
  /// `ESC x`) and without control characters other than newline and tab. A carriage return
  /// before a newline is dropped; a lone one (a progress bar redrawing itself) becomes a newline.
  static func strip(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      switch scalar.value {
      case 0x1B:
        skipEscape(&scalars)
      case 0x0D:
        if scalars.first?.value != 0x0A { result.append("\n") }
      case 0x0A, 0x09:
        result.append(scalar)
      case 0x9B:  // the one-byte CSI
        skipCSIBody(&scalars)
      case 0x00..<0x20, 0x7F, 0x80..<0xA0:
        continue
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func skipEscape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    guard let next = scalars.popFirst() else { return }
    switch next {
    case "[":
      skipCSIBody(&scalars)
    case "]", "P", "_", "^", "X":
      // A string sequence: ends at BEL or at ESC \ (string terminator).
      while let scalar = scalars.popFirst() {
        if scalar.value == 0x07 { return }
        if scalar.value == 0x1B {
          if scalars.first == "\\" { scalars.removeFirst() }
          return
        }
      }
    default:
      // Two-byte sequences (ESC 7, ESC =, ESC ( B's first part); a charset designator takes one more.
      if "()*+".unicodeScalars.contains(next), !scalars.isEmpty { scalars.removeFirst() }
    }
  }

  /// Parameter and intermediate bytes, then one final byte in 0x40–0x7E.
  private static func skipCSIBody(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    while let scalar = scalars.popFirst() {
      if (0x40...0x7E).contains(scalar.value) { return }
    }
  }
}
