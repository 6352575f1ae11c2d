#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The lessons available to the engine, in list order, plus the files that failed to parse.
public struct LessonLibrary: Sendable {
  /// Lessons sorted by `order` (then id); lesson number n is `lessons[n - 1]`.
  public private(set) var lessons: [Lesson]
  /// Files that could not be read or parsed; their lessons are left out.
  public private(set) var problems: [ContentProblem]

  public init(lessons: [Lesson], problems: [ContentProblem] = []) {
    self.lessons = lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    self.problems = problems
  }

  /// Loads every lesson file from the directories in turn; a lesson in a later directory replaces one
  /// with the same id from an earlier one, so an educator's `--content DIR` can override a built-in lesson.
  public static func load(directories: [String]) -> LessonLibrary {
    var byID: [String: Lesson] = [:]
    var problems: [ContentProblem] = []
    for directory in directories {
      let files: [String]
      do {
        files = try lessonFiles(in: directory)
      } catch {
        problems.append(error)
        continue
      }
      for file in files {
        do {
          let lesson = try LessonParser.parse(try readText(file), path: file)
          byID[lesson.id] = lesson
        } catch {
          problems.append(error)
        }
      }
    }
    return LessonLibrary(lessons: Array(byID.values), problems: problems)
  }

  /// The lesson files of a directory: names that start with a digit and end in `.md`, sorted by name.
  public static func lessonFiles(in directory: String) throws(ContentProblem) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw ContentProblem(file: directory, line: 0, message: "cannot list the lesson folder", fix: "check that the folder exists and is readable")
    }
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return names.filter { $0.first?.isNumber == true && $0.hasSuffix(".md") }.sorted().map { base + $0 }
  }

  static func readText(_ path: String) throws(ContentProblem) -> String {
    if let size = InputLimits.oversize(path, limit: InputLimits.contentFileBytes) {
      throw ContentProblem(
        file: path, line: 0, message: InputLimits.tooLarge("the file", size: size, limit: InputLimits.contentFileBytes),
        fix: "split it into smaller files")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ContentProblem(file: path, line: 0, message: "cannot read the file", fix: "check that it exists and is readable")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ContentProblem(file: path, line: 0, message: "the file is not UTF-8 text", fix: "save it as UTF-8 in your editor")
    }
    return text
  }

  /// Finds a lesson by number (`2`), slug (`blackmail-scenario`) or a unique slug prefix (`black`).
  public func find(_ selector: String) throws(LessonEngineError) -> (number: Int, lesson: Lesson) {
    let wanted = selector.trimmedWhitespace.lowercased()
    guard !wanted.isEmpty else { throw .unknownLesson(selector, available: lessons.count) }
    if let number = Int(wanted) {
      guard number >= 1, number <= lessons.count else { throw .unknownLesson(selector, available: lessons.count) }
      return (number, lessons[number - 1])
    }
    if let index = lessons.firstIndex(where: { $0.id == wanted }) {
      return (index + 1, lessons[index])
    }
    let matches = lessons.indices.filter { lessons[$0].id.hasPrefix(wanted) }
    if matches.count == 1 {
      return (matches[0] + 1, lessons[matches[0]])
    }
    if matches.count > 1 {
      throw .ambiguousLesson(selector, candidates: matches.map { lessons[$0].id })
    }
    throw .unknownLesson(selector, available: lessons.count)
  }

  /// The 1-based list number of the lesson with this id.
  public func number(of id: String) -> Int? {
    lessons.firstIndex { $0.id == id }.map { $0 + 1 }
  }
}
