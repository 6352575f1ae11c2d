import Foundation
import Testing
@testable import MisalignCore

@Suite struct ProgressStoreTests {
  @Test func defaultPathFollowsXDGDataHome() {
    #expect(ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/misalign/progress")
    #expect(ProgressStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/misalign/progress")
    // A relative XDG_DATA_HOME is invalid per the XDG spec and is ignored.
    #expect(ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/a"]) == "/home/a/.local/share/misalign/progress")
  }

  @Test func savesReadableTextAndLoadsItBack() throws {
    let directory = try LessonTestSupport.temporaryDirectory()
    let store = ProgressStore(path: directory + "/nested/progress")
    let progress = LearnerProgress(
      currentLessonID: "sample",
      lessons: ["sample": LessonProgress(lessonID: "sample", currentStep: 3, doneSteps: [1, 2], skippedSteps: [4], finished: false, answers: [2: ["70", "96 %"]])])
    try store.save(progress)
    let text = try String(contentsOfFile: directory + "/nested/progress", encoding: .utf8)
    #expect(text.contains("lesson sample step 3 done 1,2 skipped 4 finished no"))
    #expect(text.contains("answer sample 2 96 %"))
    let loaded = store.load()
    #expect(loaded.notice == nil)
    #expect(loaded.progress == progress)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory + "/nested")
    #expect(leftovers == ["progress"])
  }

  @Test func corruptFileIsMovedAsideAndLearnerStartsFresh() throws {
    let directory = try LessonTestSupport.temporaryDirectory()
    let path = directory + "/progress"
    try "misalign-progress 1\nlesson sample step three\n".write(toFile: path, atomically: true, encoding: .utf8)
    let store = ProgressStore(path: path)
    let loaded = store.load(now: Date(timeIntervalSince1970: 1_790_000_000))
    #expect(loaded.progress == LearnerProgress())
    let notice = try #require(loaded.notice)
    #expect(notice.contains("line 2"))
    #expect(notice.contains("progress.corrupt-20260921T"))
    #expect(!FileManager.default.fileExists(atPath: path))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(names.count == 1)
    #expect(names.first?.hasPrefix("progress.corrupt-") == true)
    // Saving afterwards works and creates a fresh file.
    try store.save(LearnerProgress(currentLessonID: "x"))
    #expect(store.load().progress.currentLessonID == "x")
  }

  @Test func answerKeepsItsSpacing() throws {
    let progress = try ProgressFileFormat.decode("misalign-progress 1\nanswer blackmail-scenario  2   about  80%,  I think \n")
    #expect(progress.lessons["blackmail-scenario"]?.answers[2] == ["about  80%,  I think"])
    #expect(try ProgressFileFormat.decode(ProgressFileFormat.encode(progress)) == progress)
  }

  @Test func fileWithoutHeaderIsCorrupt() {
    #expect(throws: ProgressFileError.self) { try ProgressFileFormat.decode("current x\n") }
    #expect(throws: ProgressFileError.self) { try ProgressFileFormat.decode("") }
  }

  @Test func timestampIsUTCCalendarTime() {
    #expect(ProgressStore.timestamp(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
    #expect(ProgressStore.timestamp(Date(timeIntervalSince1970: 951_782_400)) == "20000229T000000Z")
    #expect(ProgressStore.timestamp(Date(timeIntervalSince1970: 1_790_000_000)) == "20260921T141320Z")
  }
}
