extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and line breaks.
  func trimmingOuterWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}

extension String {
  /// Turns the escapes models type into e-mail bodies (`\n`, `\"`, `\t`) into the characters they mean.
  func replacingEscapes() -> String {
    var result = ""
    result.reserveCapacity(count)
    var iterator = makeIterator()
    while let character = iterator.next() {
      guard character == "\\" else {
        result.append(character)
        continue
      }
      switch iterator.next() {
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "\"": result.append("\"")
      case "\\": result.append("\\")
      case let other?: result.append("\\"); result.append(other)
      case nil: result.append("\\")
      }
    }
    return result
  }
}
