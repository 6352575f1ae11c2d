import Foundation
import Testing

@testable import MisalignCore

@Suite struct InputLimitsTests {
  @Test func aLessonFileOverTheLimitIsAProblemWithItsSize() throws {
    let path = NSTemporaryDirectory() + "misalign-big-lesson-\(UUID().uuidString).md"
    try Data(repeating: UInt8(ascii: "a"), count: InputLimits.contentFileBytes + 1).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(InputLimits.oversize(path, limit: InputLimits.contentFileBytes) == InputLimits.contentFileBytes + 1)
    #expect(InputLimits.oversize(path, limit: InputLimits.contentFileBytes + 1) == nil)
    do {
      _ = try LessonLibrary.readText(path)
      Issue.record("a file over the limit was read")
    } catch {
      #expect(error.message == "the file is 4194305 bytes, over misalign's limit of 4194304 bytes (4 MB)")
      #expect(error.file == path)
    }
  }

  @Test func aMissingFileIsNotOversize() {
    #expect(InputLimits.oversize("/nonexistent/misalign", limit: 0) == nil)
  }
}
