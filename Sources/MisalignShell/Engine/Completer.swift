/// What Tab does: text to insert at the cursor, and candidates to list when there is no single
/// completion.
public struct CompletionResult: Equatable, Sendable {
  public var insertion: String
  public var listing: [String]

  public init(insertion: String = "", listing: [String] = []) {
    self.insertion = insertion
    self.listing = listing
  }

  /// Lays candidates out in columns for the terminal width.
  public static func columns(_ items: [String], width: Int) -> String {
    let cell = (items.map { DisplayWidth.of($0) }.max() ?? 0) + 2
    let perRow = max(1, width / max(cell, 1))
    var rows: [String] = []
    var index = 0
    while index < items.count {
      let row = items[index..<min(index + perRow, items.count)]
      rows.append(row.map { DisplayWidth.pad($0, to: cell) }.joined().trimmingTrailingSpaces())
      index += perRow
    }
    return rows.joined(separator: "\n")
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}

/// Completion of command names and arguments from the command table.
@MainActor
public enum Completer {
  /// Completes the word ending at the cursor; `before` is the line up to the cursor.
  public static func complete(_ before: String, session: ShellSession) -> CompletionResult {
    let partial = Tokenizer.partial(before)
    let candidates: [String]
    if partial.words.isEmpty {
      candidates = session.table.commands.map(\.name)
    } else if let command = session.table.lookup(partial.words[0]) {
      let arguments = Array(partial.words.dropFirst())
      guard arguments.count < command.arguments.upperBound || command.arguments.upperBound == Int.max,
        let completer = command.complete
      else { return CompletionResult() }
      candidates = completer(session, arguments)
    } else {
      return CompletionResult()
    }
    return resolve(prefix: partial.current, openQuote: partial.openQuote, among: candidates)
  }

  static func resolve(prefix: String, openQuote: Character?, among candidates: [String]) -> CompletionResult {
    var seen = Set<String>()
    let matches = candidates.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    guard !matches.isEmpty else {
      // Case-insensitive fallback is not offered: inserting would change what was typed.
      return CompletionResult()
    }
    if matches.count == 1 {
      let rest = String(matches[0].dropFirst(prefix.count))
      let needsQuote = openQuote == nil && matches[0].contains(" ")
      if needsQuote {
        // Can't retroactively quote what was typed; escape the spaces in the rest instead.
        return CompletionResult(insertion: rest.replacingSpacesWithEscapes() + " ")
      }
      let close = openQuote.map(String.init) ?? ""
      return CompletionResult(insertion: rest + close + " ")
    }
    let common = commonPrefix(matches)
    if common.count > prefix.count {
      return CompletionResult(insertion: String(common.dropFirst(prefix.count)))
    }
    return CompletionResult(listing: matches.sorted())
  }

  static func commonPrefix(_ strings: [String]) -> String {
    guard var prefix = strings.first.map(Array.init) else { return "" }
    for string in strings.dropFirst() {
      let characters = Array(string)
      var length = 0
      while length < min(prefix.count, characters.count) && prefix[length] == characters[length] { length += 1 }
      prefix = Array(prefix[..<length])
    }
    return String(prefix)
  }
}

extension String {
  func replacingSpacesWithEscapes() -> String {
    var out = ""
    for character in self {
      if character == " " { out += "\\ " } else { out.append(character) }
    }
    return out
  }
}
