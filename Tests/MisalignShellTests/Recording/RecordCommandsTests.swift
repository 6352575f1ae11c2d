import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

@MainActor
@Suite struct RecordCommandsTests {
  private func temporaryFile(_ name: String) -> String {
    let folder = NSTemporaryDirectory() + "misalign-record-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/" + name
  }

  @Test func logKeepsCommandsAndOutputWithoutEscapeCodes() async throws {
    // Colour on, so the session really writes escape codes that the log must leave out.
    let test = TestSession(policy: OutputPolicy(color: true, errorColor: true))
    let path = temporaryFile("log.txt")
    #expect(await test.run("record on \(path)"))
    #expect(await test.run("set urgency none"))
    #expect(await test.run("prompt system"))
    #expect(await test.run("read x") == false)
    #expect(await test.run("record"))
    #expect(test.printed.contains("Recording to \(path)"))
    #expect(await test.run("record off"))
    #expect(await test.run("about"))
    #expect(test.printed.contains("\u{1B}["), "the terminal output itself is coloured")

    let log = try String(contentsOfFile: path, encoding: .utf8)
    #expect(log.contains("misalign(blackmail · explicit-america · replacement)> set urgency none\n"))
    #expect(log.contains("misalign(blackmail · explicit-america · none)> prompt system\n"))
    let system = PromptBuilder.build(test.session.condition).system
    #expect(log.contains(system), "the command's output is in the log verbatim")
    #expect(log.contains("error: ") && log.contains("not an email number"), "errors are logged too")
    #expect(log.contains("> record off\n"))
    #expect(!log.contains("misalign \(MisalignVersion.string)"), "nothing after `record off` is logged")
    #expect(!log.utf8.contains(0x1B), "no ESC byte in the log")
    #expect(!log.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
  }

  @Test func unwritablePathSaysWhatWhereAndWhatToDo() async {
    let test = TestSession()
    let path = "/nonexistent-misalign-folder/log.txt"
    #expect(await test.run("record on \(path)") == false)
    #expect(test.errors.contains("cannot record to `\(path)`"))
    #expect(test.errors.contains("the folder `/nonexistent-misalign-folder` does not exist"))
    #expect(test.errors.contains("choose a file in a folder you can write to"))
    #expect(test.session.recorder == nil)
    let folder = NSTemporaryDirectory()
    #expect(await test.run("record on \(folder)") == false)
    #expect(test.errors.contains("is a folder, not a file"))
  }

  @Test func offWithoutRecordingAndBadSettings() async {
    let test = TestSession()
    #expect(await test.run("record off"))
    #expect(test.printed.contains("Not recording"))
    #expect(await test.run("record on") == false)
    #expect(await test.run("record maybe") == false)
    #expect(test.errors.contains("not a record setting"))
  }

  @Test func stripRemovesEscapeSequencesAndControlBytes() {
    let coloured = "\u{1B}[1;31merror:\u{1B}[0m bad\r\nline\u{1B}]0;title\u{07} two\u{08}\tend\rnext"
    #expect(PlainText.strip(coloured) == "error: bad\nline two\tend\nnext")
    #expect(PlainText.strip("plain ✓ text") == "plain ✓ text")
  }
}
