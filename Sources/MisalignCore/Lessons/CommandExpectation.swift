#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A check on a command line the learner ran: the line must start with the pattern, word by word.
///
/// Matching ignores case and runs of spaces, so `set urgency none` accepts `Set  urgency none` and
/// `set urgency none now`, but not `set urgency nonexistent` (whole words only).
public struct CommandExpectation: Equatable, Sendable, CustomStringConvertible {
  public var pattern: String

  public init(_ pattern: String) {
    self.pattern = pattern
  }

  /// Whether `line` satisfies the expectation.
  public func matches(_ line: String) -> Bool {
    let wanted = Self.words(pattern)
    let given = Self.words(line)
    guard !wanted.isEmpty, given.count >= wanted.count else { return false }
    return zip(wanted, given).allSatisfy { $0 == $1 }
  }

  public var description: String { pattern }

  private static func words(_ text: String) -> [String] {
    // Quotes are dropped so `check "96% of models"` and `check 96% of models` compare alike.
    text.lowercased()
      .filter { $0 != "\"" && $0 != "'" }
      .split(whereSeparator: \.isWhitespace)
      .map(String.init)
  }
}
