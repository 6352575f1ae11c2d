/// An opening or closing tag the parser cares about.
struct ScannedTag {
  let start: Int
  let end: Int
  /// Lowercased, spaces removed, `-` as `_`, e.g. `scratchpad_reasoning` or `tool_use:email`.
  let name: String
  let isClose: Bool
  /// Whether the name is one of `TagScanner.reasoningNames`.
  let isReasoning: Bool
  /// The part after `tool_use:`, if this is a tool tag.
  let toolName: String?
}

/// Finds reasoning and tool tags in one pass over the bytes.
enum TagScanner {
  static let reasoningNames: Set<String> = [
    "scratchpad_reasoning", "scratchpad", "thinking", "think", "reasoning",
  ]
  /// The same names as bytes, compared before any string is made.
  private static let reasoningNameBytes: [[UInt8]] = reasoningNames.map { Array($0.utf8) }
  private static let toolPrefix = Array("tool_use:".utf8)
  /// Longest tag body looked at; anything longer is prose containing a `<`, not a tag.
  static let maximumTagLength = 64

  static func scan(_ bytes: [UInt8]) -> [ScannedTag] {
    bytes.withUnsafeBufferPointer(scan)
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [ScannedTag] {
    var tags: [ScannedTag] = []
    var name: [UInt8] = []
    name.reserveCapacity(maximumTagLength)
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
      name.removeAll(keepingCapacity: true)
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
        let isTool = name.starts(with: toolPrefix)
        let isReasoning = !isTool && reasoningNameBytes.contains(name)
        if isTool || isReasoning {
          for position in name.indices where name[position] == UInt8(ascii: "-") { name[position] = UInt8(ascii: "_") }
          let nameString = String(decoding: name, as: UTF8.self)
          let toolName = isTool && name.count > toolPrefix.count
            ? String(decoding: name[toolPrefix.count...], as: UTF8.self) : nil
          tags.append(
            ScannedTag(
              start: index, end: cursor + 1, name: nameString, isClose: isClose, isReasoning: isReasoning,
              toolName: toolName))
          index = cursor + 1
          continue
        }
      }
      index += 1
    }
    return tags
  }
}
