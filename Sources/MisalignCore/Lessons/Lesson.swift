#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One lesson: its front matter and its ordered steps, parsed from `Lessons/NN-slug.md`.
public struct Lesson: Equatable, Sendable {
  /// The slug that names the lesson in `lesson <slug>` and in the progress file.
  public var id: String
  public var title: String
  /// How long the lesson takes, as the author estimates it.
  public var minutes: Int
  /// Position in the lesson list; lessons are numbered 1, 2, … in this order.
  public var order: Int
  public var summary: String?
  /// Percentages the lesson quotes that are not study results (e.g. a debunked headline figure).
  public var quotedPercentages: [String]
  public var steps: [LessonStep]
  /// The file the lesson came from, for error messages.
  public var sourcePath: String

  public init(
    id: String, title: String, minutes: Int, order: Int, summary: String? = nil,
    quotedPercentages: [String] = [], steps: [LessonStep], sourcePath: String
  ) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.order = order
    self.summary = summary
    self.quotedPercentages = quotedPercentages
    self.steps = steps
    self.sourcePath = sourcePath
  }
}
