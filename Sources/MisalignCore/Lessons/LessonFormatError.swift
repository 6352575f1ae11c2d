#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A problem in a lesson file: where it is, what is wrong, and what to write instead.
public struct LessonFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  /// 1-based line number; 0 when the problem concerns the whole file.
  public var line: Int
  public var message: String
  public var fix: String

  public init(path: String, line: Int, message: String, fix: String) {
    self.path = path
    self.line = line
    self.message = message
    self.fix = fix
  }

  /// `path:line: message; fix`, the form editors and compilers use.
  public var description: String {
    let place = line > 0 ? "\(path):\(line)" : path
    return "\(place): \(message); \(fix)"
  }
}
