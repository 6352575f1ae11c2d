#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The largest inputs misalign reads, so that no input, however large, makes it stall: over a
/// limit, the reader says so (what, how large, the limit, what to do) instead of starting work.
/// Every parser is linear in its input; these bound the time that linear work can take.
public enum InputLimits {
  /// A command line typed, piped, given with -c or read from a script (the longest sentence a
  /// journalist pastes is a few hundred characters).
  public static let commandLineBytes = 1 << 20
  /// One sentence for `check`: longer text is a paragraph or an article, which `check --file` takes a line at a time.
  public static let sentenceCharacters = 20_000
  /// A file for `check --file` (a long article is well under 100 KB).
  public static let claimFileBytes = 2 << 20
  /// A reply for `classify` (the study's replies are a few KB; the benchmark's 50 MB reply takes seconds).
  public static let replyBytes = 64 << 20
  /// A content file: lesson, transcript, scenario file, script.
  public static let contentFileBytes = 4 << 20

  /// The file's size in bytes when it is larger than `limit`; nil when it is not (or cannot be
  /// examined, which the read that follows reports).
  public static func oversize(_ path: String, limit: Int) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit else { return nil }
    return Int(info.st_size)
  }

  /// "2.5 MB", "64 MB", "1 KB": sizes for messages.
  public static func describe(bytes: Int) -> String {
    if bytes >= 1 << 20 {
      let tenths = (bytes * 10 + (1 << 19)) >> 20
      return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
    return "\(max(1, (bytes + 512) >> 10)) KB"
  }

  /// "is 5 MB, over misalign's limit of 4 MB", to follow the name of what is too large.
  public static func overLimit(size: Int, limit: Int) -> String {
    let (given, allowed) = (describe(bytes: size), describe(bytes: limit))
    // Just over the limit, rounded sizes would read "4 MB, over the limit of 4 MB".
    return given == allowed
      ? "is \(size) bytes, over misalign's limit of \(limit) bytes (\(allowed))"
      : "is \(given), over misalign's limit of \(allowed)"
  }

  /// The message for a file over its limit.
  public static func tooLarge(_ what: String, size: Int, limit: Int) -> String {
    "\(what) " + overLimit(size: size, limit: limit)
  }
}
