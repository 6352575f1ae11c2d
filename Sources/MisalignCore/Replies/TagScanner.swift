/// An opening or closing tag the parser cares about.
struct ScannedTag {
  let start: Int
  let end: Int
  /// Lowercased, spaces removed, e.g. `scratchpad_reasoning` or `tool_use:email`.
  let name: String
  let isClose: Bool

  var isReasoning: Bool { TagScanner.reasoningNames.contains(name) }
  /// The part after `tool_use:`, if this is a tool tag.
  var toolName: String? {
    guard name.hasPrefix("tool_use:"), name.count > 9 else { return nil }
    return String(name.dropFirst(9))
  }
}

/// Finds reasoning and tool tags in one pass over the bytes.
enum TagScanner {
  static let reasoningNames: Set<String> = [
    "scratchpad_reasoning", "scratchpad", "thinking", "think", "reasoning",
  ]
  /// Longest tag body looked at; anything longer is prose containing a `<`, not a tag.
  static let maximumTagLength = 64

  static func scan(_ bytes: [UInt8]) -> [ScannedTag] {
    var tags: [ScannedTag] = []
    var index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      var cursor = index + 1
      var isClose = false
      if cursor < count, bytes[cursor] == UInt8(ascii: "/") {
        isClose = true
        cursor += 1
      }
      var name: [UInt8] = []
      var closed = false
      while cursor < count, cursor - index <= maximumTagLength {
        let byte = bytes[cursor]
        if byte == UInt8(ascii: ">") {
          closed = true
          break
        }
        if byte == 0x20 || byte == 0x09 {
          cursor += 1
          continue
        }
        let isNameByte =
          (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
          || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
        guard isNameByte else { break }
        name.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        cursor += 1
      }
      if closed, !name.isEmpty {
        var nameString = String(decoding: name, as: UTF8.self)
        if nameString.hasPrefix("tool_use:") || reasoningNames.contains(nameString) {
          nameString = String(nameString.map { $0 == "-" ? "_" : $0 })
          tags.append(ScannedTag(start: index, end: cursor + 1, name: nameString, isClose: isClose))
          index = cursor + 1
          continue
        }
      }
      index += 1
    }
    return tags
  }
}
