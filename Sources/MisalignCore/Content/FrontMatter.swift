/// The `---`-delimited block of `key: value` lines that opens a lesson or transcript file.
///
/// Blank lines and `#` comments are allowed inside; a value wrapped in double quotes loses them.
/// Keys are lower-cased; each may appear once and must be one the caller knows.
public struct FrontMatter: Sendable {
  public struct Entry: Sendable, Hashable {
    public var value: String
    /// 1-based line number in the file.
    public var line: Int
  }

  public var entries: [String: Entry]
  /// 0-based index of the first line after the closing `---`.
  public var bodyStart: Int

  public subscript(key: String) -> Entry? { entries[key] }

  /// Reads the front matter at the top of `lines`; `file` and `example` shape the error messages.
  public static func parse(lines: [String], file: String, knownKeys: Set<String>, example: String) throws(ContentProblem)
    -> FrontMatter
  {
    func problem(_ line: Int, _ message: String, _ fix: String) -> ContentProblem {
      ContentProblem(file: file, line: line, message: message, fix: fix)
    }
    guard lines.first?.trimmedOfWhitespace == "---" else {
      throw problem(1, "the file does not start with front matter", "make line 1 `---`, then \(example), then `---`")
    }
    var entries: [String: Entry] = [:]
    var index = 1
    while index < lines.count {
      let trimmed = lines[index].trimmedOfWhitespace
      let number = index + 1
      index += 1
      if trimmed == "---" { return FrontMatter(entries: entries, bodyStart: index) }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = trimmed.firstIndex(of: ":"),
        case let key = trimmed[..<colon].trimmedOfWhitespace.lowercased(),
        !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
      else {
        throw problem(number, "front matter line `\(trimmed)` is not `key: value`", "write it as `key: value`, or close the front matter with `---`")
      }
      var value = trimmed[trimmed.index(after: colon)...].trimmedOfWhitespace
      if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
      guard knownKeys.contains(key) else {
        throw problem(number, "unknown front matter key `\(key)`", "use one of: \(knownKeys.sorted().joined(separator: ", "))")
      }
      if let earlier = entries[key] {
        throw problem(number, "`\(key)` is given twice (first on line \(earlier.line))", "keep one `\(key):` line")
      }
      entries[key] = Entry(value: value, line: number)
    }
    throw problem(lines.count, "the front matter is never closed", "add a `---` line after the last `key: value` line")
  }
}
