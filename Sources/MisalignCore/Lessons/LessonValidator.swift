#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Checks lesson files for `validate [dir]`: the format, the take-away rule, duplicate ids and orders, and that
/// every percentage quoted is a published one.
public struct LessonValidator: Sendable {
  private let isKnownPercentage: @Sendable (String) -> Bool

  /// `isKnownPercentage` receives a number as written without the sign, e.g. `96` or `55.1`.
  public init(isKnownPercentage: @escaping @Sendable (String) -> Bool) {
    self.isKnownPercentage = isKnownPercentage
  }

  /// Accepts the percentages in the set, written with or without `%` (`"96%"` or `"96"`).
  public init(knownPercentages: Set<String>) {
    let normalized = Set(knownPercentages.map(Self.normalize))
    self.init(isKnownPercentage: { normalized.contains(Self.normalize($0)) })
  }

  /// Validates every lesson file of a directory; an empty result means all is well.
  public func validate(directory: String) -> [ContentProblem] {
    let files: [String]
    do {
      files = try LessonLibrary.lessonFiles(in: directory)
    } catch {
      return [error]
    }
    if files.isEmpty {
      return [ContentProblem(file: directory, line: 0, message: "no lesson files found", fix: "name lesson files like `01-my-lesson.md`")]
    }
    var sources: [(path: String, text: String)] = []
    var problems: [ContentProblem] = []
    for file in files {
      do {
        sources.append((file, try LessonLibrary.readText(file)))
      } catch {
        problems.append(error)
      }
    }
    return problems + validate(sources: sources)
  }

  /// Validates lesson texts given with the paths to name in messages.
  public func validate(sources: [(path: String, text: String)]) -> [ContentProblem] {
    var problems: [ContentProblem] = []
    var lessons: [Lesson] = []
    for source in sources {
      do {
        let lesson = try LessonParser.parse(source.text, path: source.path)
        lessons.append(lesson)
        problems += checkTakeAway(lesson)
        problems += checkPercentages(lesson, text: source.text)
      } catch {
        problems.append(error)
      }
    }
    problems += checkDuplicates(lessons)
    return problems
  }

  private func checkTakeAway(_ lesson: Lesson) -> [ContentProblem] {
    guard let last = lesson.steps.last else { return [] }
    let title = last.title.lowercased()
    if last.kind == .text && (title.hasPrefix("take-away") || title.hasPrefix("takeaway") || title.hasPrefix("take away")) {
      return []
    }
    return [
      ContentProblem(
        file: lesson.sourcePath, line: last.line, message: "the last step is not a take-away",
        fix: "end the lesson with `## text: Take-away` and the one sentence the learner should now be able to say")
    ]
  }

  private func checkPercentages(_ lesson: Lesson, text: String) -> [ContentProblem] {
    var problems: [ContentProblem] = []
    let declared = Set(lesson.quotedPercentages.map(Self.normalize))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, line) in lines.enumerated() where !line.trimmedWhitespace.lowercased().hasPrefix("quoted-percentages:") {
      for number in Self.percentages(in: String(line)) where !declared.contains(number) && !isKnownPercentage(number) {
        problems.append(
          ContentProblem(
            file: lesson.sourcePath, line: offset + 1, message: "\(number)% is not a published percentage of the study",
            fix: "use the figure as FACTS.md gives it, or, if the lesson quotes it on purpose (a wrong headline), list it in `quoted-percentages:`"))
      }
    }
    for step in lesson.steps {
      guard case .predict(let predict) = step.task, case .number(let value, let unit, _) = predict.expected, unit == "%" else { continue }
      let number = NumberReading.format(value)
      if !declared.contains(number) && !isKnownPercentage(number) {
        problems.append(
          ContentProblem(
            file: lesson.sourcePath, line: step.line, message: "the predict answer \(number)% is not a published percentage",
            fix: "set `answer:` to the figure as FACTS.md gives it"))
      }
    }
    return problems
  }

  private func checkDuplicates(_ lessons: [Lesson]) -> [ContentProblem] {
    var problems: [ContentProblem] = []
    var firstByID: [String: Lesson] = [:]
    var firstByOrder: [Int: Lesson] = [:]
    for lesson in lessons {
      if let earlier = firstByID[lesson.id] {
        problems.append(
          ContentProblem(
            file: lesson.sourcePath, line: 0, message: "id `\(lesson.id)` is also used by \(earlier.sourcePath)",
            fix: "give each lesson its own `id:`"))
      } else {
        firstByID[lesson.id] = lesson
      }
      if let earlier = firstByOrder[lesson.order] {
        problems.append(
          ContentProblem(
            file: lesson.sourcePath, line: 0, message: "order \(lesson.order) is also used by \(earlier.sourcePath)",
            fix: "give each lesson its own `order:` number"))
      } else {
        firstByOrder[lesson.order] = lesson
      }
    }
    return problems
  }

  /// Numbers written directly before a `%` sign, e.g. `96` and `55.1` in "96% … 55.1 %".
  /// The percentages written in `line`, as numbers without the sign (`96`, `0.5`).
  public static func percentages(in line: String) -> [String] {
    var found: [String] = []
    let characters = Array(line)
    for (index, character) in characters.enumerated() where character == "%" {
      var start = index
      while start > 0, characters[start - 1] == " " { start -= 1 }
      let end = start
      while start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber || characters[start - 1] == "." { start -= 1 }
      var number = String(characters[start..<end])
      while number.hasPrefix(".") { number.removeFirst() }
      if number.hasSuffix(".") || number.isEmpty { continue }
      found.append(number)
    }
    return found
  }

  public static func normalize(_ text: String) -> String {
    String(text.filter { $0 != "%" && !$0.isWhitespace })
  }
}
