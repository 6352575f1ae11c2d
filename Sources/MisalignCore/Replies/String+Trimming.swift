extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and line breaks.
  func trimmingOuterWhitespace() -> String {
    // Byte-wise: all four are ASCII, and the parser calls this for every line of a reply.
    let bytes = Substring(self).utf8
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if start == bytes.startIndex, bytes.index(after: end) == bytes.endIndex { return String(self) }
    return String(decoding: bytes[start...end], as: UTF8.self)
  }
}

extension String {
  /// Turns the escapes models type into e-mail bodies (`\n`, `\"`, `\t`) into the characters they mean.
  func replacingEscapes() -> String { Self.replacingEscapes(in: utf8) }

  /// `replacingEscapes()` over UTF-8 bytes: a backslash and the letters after it are ASCII, so no escape can
  /// split a character.
  static func replacingEscapes(in bytes: some Collection<UInt8>) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var iterator = bytes.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        continue
      }
      switch iterator.next() {
      case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
      case let other?: result.append(UInt8(ascii: "\\")); result.append(other)
      case nil: result.append(UInt8(ascii: "\\"))
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
