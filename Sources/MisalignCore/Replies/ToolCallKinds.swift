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
      let tokens = field.value.split { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" || $0 == "\t" }
      for token in tokens {
        var address = token.lowercased()
        address.removeAll { strippedFromAddresses.contains($0) }
        while address.hasSuffix(".") { address.removeLast() }
        if address.hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
        guard let at = address.firstIndex(of: "@"), at != address.startIndex,
          address[address.index(after: at)...].contains(".")
        else { continue }
        if !result.contains(address) { result.append(address) }
      }
    }
    return result
  }
}
