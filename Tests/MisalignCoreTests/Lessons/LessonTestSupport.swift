import Foundation
@testable import MisalignCore

/// Paths and data shared by the lesson tests.
enum LessonTestSupport {
  /// The repository's `Lessons/` folder, found from this file's location so tests run from any directory.
  static var builtInLessonsDirectory: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Lessons").path
  }

  /// Rates published by the study or the system card, as listed in FACTS.md (stated, chart, appendix-derived),
  /// written without the sign. The unverified Figure 12 readings (37, 75) are deliberately absent.
  static let publishedPercentages: Set<String> = [
    "0", "1", "2", "4", "6", "7", "9", "10", "11", "12", "15", "16", "22", "31", "34", "38", "47", "50", "51",
    "54", "57", "59", "60", "62", "63", "65", "66", "67", "68", "70", "71", "73", "76", "78", "79", "80", "81",
    "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "95", "96", "97", "99", "100",
    "13.8", "21.4", "64.8", "55.1", "6.5",
  ]

  /// A fresh empty directory under the system's temporary folder.
  static func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("misalign-lessons-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// A small lesson with every step kind, used to drive the engine.
  static let sampleLesson = """
    ---
    id: sample
    title: A sample lesson
    minutes: 5
    order: 1
    ---

    ## text: Welcome
    Some prose.

    ## predict: Guess the rate
    question: How often did Claude Opus 4 blackmail?
    answer: 96
    unit: %
    tolerance: 5
    reveal: 96%, stated in the text.
    hint: It is high.

    ## quiz: Pick one
    Which model?
    - [ ] Gemini 2.5 Pro :: That one is 95%.
    - [x] Claude Opus 4 :: Yes.
    hint: first hint
    hint: second hint

    ## try: Run it
    run: set urgency none
    expect: set urgency none

    ## text: Take-away
    The sentence.
    """

  static func parsedSample() throws -> Lesson {
    try LessonParser.parse(sampleLesson, path: "sample.md")
  }
}
