#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The progress file's text format: line-based, readable and editable by a person.
///
/// ```
/// misalign-progress 1
/// current blackmail-scenario
/// lesson blackmail-scenario step 3 done 1,2,3 skipped - finished no
/// answer blackmail-scenario 2 80
/// ```
/// `answer` lines repeat, one per attempt, in the order given.
public enum ProgressFileFormat {
  static let header = "misalign-progress 1"

  /// Writes the progress as text.
  public static func encode(_ progress: LearnerProgress) -> String {
    var lines = [header, "# Lesson progress of misalign. `reset all` in the shell clears it."]
    if let current = progress.currentLessonID {
      lines.append("current \(current)")
    }
    for id in progress.lessons.keys.sorted() {
      guard let lesson = progress.lessons[id] else { continue }
      lines.append(
        "lesson \(id) step \(lesson.currentStep) done \(list(lesson.doneSteps)) skipped \(list(lesson.skippedSteps)) finished \(lesson.finished ? "yes" : "no")"
      )
      for step in lesson.answers.keys.sorted() {
        for answer in lesson.answers[step] ?? [] {
          lines.append("answer \(id) \(step) \(singleLine(answer))")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads the text back; the error names the first line that does not fit the format.
  public static func decode(_ text: String) throws(ProgressFileError) -> LearnerProgress {
    var progress = LearnerProgress()
    var sawHeader = false
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = offset + 1
      let line = rawLine.trimmedWhitespace
      if line.isEmpty || line.hasPrefix("#") { continue }
      if !sawHeader {
        guard line == header else { throw ProgressFileError(line: lineNumber, reason: "the first line is not `\(header)`") }
        sawHeader = true
        continue
      }
      let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      switch words.first {
      case "current":
        guard words.count == 2 else { throw ProgressFileError(line: lineNumber, reason: "`current` takes one lesson id") }
        progress.currentLessonID = words[1]
      case "lesson":
        guard words.count == 10, words[2] == "step", words[4] == "done", words[6] == "skipped", words[8] == "finished",
          let step = Int(words[3]), step >= 1,
          let done = parseList(words[5]), let skipped = parseList(words[7]),
          words[9] == "yes" || words[9] == "no"
        else {
          throw ProgressFileError(line: lineNumber, reason: "expected `lesson <id> step <n> done <list> skipped <list> finished yes|no`")
        }
        var lesson = progress.lessons[words[1]] ?? LessonProgress(lessonID: words[1])
        lesson.currentStep = step
        lesson.doneSteps = done
        lesson.skippedSteps = skipped
        lesson.finished = words[9] == "yes"
        progress.lessons[words[1]] = lesson
      case "answer":
        guard words.count >= 4, let step = Int(words[2]), step >= 1 else {
          throw ProgressFileError(line: lineNumber, reason: "expected `answer <lesson id> <step> <text>`")
        }
        // The answer is the rest of the line as written: splitting it into words and joining them again
        // would turn a run of spaces into one, so a saved answer would change each time it is read.
        let answer = String(remainder(of: line, afterFields: 3))
        var lesson = progress.lessons[words[1]] ?? LessonProgress(lessonID: words[1])
        lesson.answers[step, default: []].append(answer)
        progress.lessons[words[1]] = lesson
      default:
        throw ProgressFileError(line: lineNumber, reason: "unknown line kind `\(words.first ?? "")`")
      }
    }
    guard sawHeader else { throw ProgressFileError(line: 1, reason: "the file is empty or has no `\(header)` line") }
    return progress
  }

  /// What follows the first `count` space-separated fields of `line`, without the spaces before it.
  static func remainder(of line: some StringProtocol, afterFields count: Int) -> Substring {
    var rest = Substring(line)
    for _ in 0..<count {
      rest = rest.drop { $0 == " " }
      rest = rest.drop { $0 != " " }
    }
    return rest.drop { $0 == " " }
  }

  static func list(_ steps: Set<Int>) -> String {
    steps.isEmpty ? "-" : steps.sorted().map(String.init).joined(separator: ",")
  }

  static func parseList(_ text: String) -> Set<Int>? {
    if text == "-" { return [] }
    var result: Set<Int> = []
    for part in text.split(separator: ",") {
      guard let number = Int(part), number >= 1 else { return nil }
      result.insert(number)
    }
    return result
  }

  static func singleLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmedWhitespace
  }
}

/// Why a progress file could not be read.
public struct ProgressFileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var reason: String

  /// The reason often quotes the file: its control characters are shown, never sent to the terminal.
  public var description: String { TerminalText.neutralise("line \(line): \(reason)") }
}
