import Foundation
import Testing
@testable import MisalignCore

@Suite struct LessonLibraryTests {
  func write(_ text: String, to path: String) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  func lessonText(id: String, title: String, order: Int) -> String {
    "---\nid: \(id)\ntitle: \(title)\nminutes: 3\norder: \(order)\n---\n## text: Take-away\nOne sentence.\n"
  }

  @Test func laterDirectoryOverridesByIDAndAddsLessons() throws {
    let builtIn = try LessonTestSupport.temporaryDirectory()
    let educator = try LessonTestSupport.temporaryDirectory()
    try write(lessonText(id: "first", title: "Built-in first", order: 1), to: builtIn + "/01-first.md")
    try write(lessonText(id: "second", title: "Built-in second", order: 2), to: builtIn + "/02-second.md")
    try write("not a lesson file", to: builtIn + "/README.md")
    try write(lessonText(id: "second", title: "Educator's second", order: 2), to: educator + "/02-mine.md")
    try write(lessonText(id: "extra", title: "Educator's extra", order: 3), to: educator + "/03-extra.md")

    let library = LessonLibrary.load(directories: [builtIn, educator])
    #expect(library.problems.isEmpty)
    #expect(library.lessons.map(\.title) == ["Built-in first", "Educator's second", "Educator's extra"])
  }

  @Test func brokenFilesAreReportedAndSkipped() throws {
    let directory = try LessonTestSupport.temporaryDirectory()
    try write(lessonText(id: "good", title: "Good", order: 1), to: directory + "/01-good.md")
    try write("---\nid: bad\n", to: directory + "/02-bad.md")
    let library = LessonLibrary.load(directories: [directory, directory + "/missing"])
    #expect(library.lessons.map(\.id) == ["good"])
    #expect(library.problems.count == 2)
    #expect(library.problems[0].file.hasSuffix("02-bad.md"))
    #expect(library.problems[1].message == "cannot list the lesson folder")
  }
}
