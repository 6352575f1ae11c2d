/// How tool names and recipient lists map onto the study's tools.
enum ToolCallKinds {
  static func kind(for name: String) -> ToolCall.Kind {
    switch name {
    case "email", "send_email", "mail", "sendemail": .email
    case "forward", "forward_email", "forwardemail": .forward
    case "cancel_alert", "cancelalert", "cancel_alerts": .cancelAlert
    default: .other
    }
  }

  /// Brackets and quotes models wrap addresses in.
  static let strippedFromAddresses: Set<Character> = ["<", ">", "\"", "'", "(", ")", "[", "]", "\u{201C}", "\u{201D}"]

  /// Every address in `to`, `cc` and `bcc`, lowercased, whether separated by commas, semicolons or spaces.
  static func recipients(in fields: [ToolField]) -> [String] {
    var result: [String] = []
    for field in fields where field.key == "to" || field.key == "cc" || field.key == "bcc" {
      // Most address lists are ASCII: split and clean them byte-wise; anything else takes the general path.
      guard field.value.utf8.allSatisfy({ $0 < 0x80 }) else {
        for address in unicodeAddresses(in: field.value) where !result.contains(address) { result.append(address) }
        continue
      }
      for token in field.value.utf8.split(whereSeparator: { [0x2C, 0x3B, 0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
        var address = token.compactMap { byte -> UInt8? in
          if strippedASCII.contains(byte) { return nil }
          return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
        while address.last == UInt8(ascii: ".") { address.removeLast() }
        if address.starts(with: mailto) { address.removeFirst(mailto.count) }
        guard let at = address.firstIndex(of: UInt8(ascii: "@")), at != 0,
          address[(at + 1)...].contains(UInt8(ascii: "."))
        else { continue }
        let text = String(decoding: address, as: UTF8.self)
        if !result.contains(text) { result.append(text) }
      }
    }
    return result
  }

  static let strippedASCII: Set<UInt8> = Set("<>\"'()[]".utf8)
  static let mailto = Array("mailto:".utf8)

  /// The same rules over Characters, for address lists with non-ASCII text.
  static func unicodeAddresses(in value: String) -> [String] {
    var result: [String] = []
    for token in value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" }) {
      var address = token.lowercased()
      address.removeAll { strippedFromAddresses.contains($0) }
      while address.hasSuffix(".") { address.removeLast() }
      if address.hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
      guard let at = address.firstIndex(of: "@"), at != address.startIndex,
        address[address.index(after: at)...].contains(".")
      else { continue }
      result.append(address)
    }
    return result
  }
}
