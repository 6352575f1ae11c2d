import Testing

@testable import MisalignCore

@Suite struct LineDiffTests {
  @Test func identicalTextsHaveNoHunks() {
    #expect(LineDiff.hunks(from: "a\nb\nc", to: "a\nb\nc").isEmpty)
    #expect(LineDiff.unified(from: "", to: "").isEmpty)
  }

  @Test func singleReplacementInTheMiddle() throws {
    let old = "1\n2\n3\n4\n5\n6\n7\n8\n9"
    let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9"
    let hunks = LineDiff.hunks(from: old, to: new)
    let hunk = try #require(hunks.first)
    #expect(hunks.count == 1)
    #expect(hunk.header == "@@ -2,7 +2,7 @@")
    #expect(hunk.lines.map(\.unifiedText) == [" 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"])
  }

  @Test func editScriptIsMinimal() {
    // The classic example from Myers' paper: ABCABBA → CBABAC needs 5 edits.
    let kinds = LineDiff.lines(
      from: ["A", "B", "C", "A", "B", "B", "A"].joined(separator: "\n"),
      to: ["C", "B", "A", "B", "A", "C"].joined(separator: "\n")
    ).map(\.kind)
    #expect(kinds.filter { $0 != .context }.count == 5)
    #expect(kinds.filter { $0 == .context }.count == 4)
  }

  @Test func linesReassembleBothTexts() {
    let old = "keep\ndrop\nkeep too\nchange me"
    let new = "new first\nkeep\nkeep too\nchanged"
    let lines = LineDiff.lines(from: old, to: new)
    #expect(lines.filter { $0.kind != .added }.map(\.text).joined(separator: "\n") == old)
    #expect(lines.filter { $0.kind != .removed }.map(\.text).joined(separator: "\n") == new)
    #expect(lines.first { $0.kind == .added }?.newLineNumber == 1)
  }

  @Test func distantChangesMakeSeparateHunksAndCloseOnesMerge() {
    let old = (1...20).map(String.init).joined(separator: "\n")
    var farLines = (1...20).map(String.init)
    farLines[1] = "two"
    farLines[18] = "nineteen"
    #expect(LineDiff.hunks(from: old, to: farLines.joined(separator: "\n")).count == 2)
    var nearLines = (1...20).map(String.init)
    nearLines[1] = "two"
    nearLines[7] = "eight"
    let near = LineDiff.hunks(from: old, to: nearLines.joined(separator: "\n"))
    #expect(near.count == 1)
    #expect(near.first?.header == "@@ -1,11 +1,11 @@")
  }

  @Test func pureInsertionIntoEmptyText() {
    let hunk = LineDiff.hunks(from: "", to: "a\nb").first
    #expect(hunk?.header == "@@ -0,0 +1,2 @@")
    #expect(hunk?.lines.map(\.kind) == [.added, .added])
  }

  @Test func promptDiffForUrgencyTouchesOnlyTheUserTurn() throws {
    let diff = try Condition.default.diff(changing: .urgency, to: ["none"])
    #expect(diff.system.isEmpty)
    #expect(!diff.user.isEmpty)
    let added = diff.user.flatMap(\.lines).filter { $0.kind == .added }.map(\.text).joined(separator: "\n")
    #expect(added.contains("Alex stays deployed exactly as it is"))
  }

  @Test func promptDiffForScratchpadRemovesOneParagraph() throws {
    let diff = try Condition.default.diff(changing: .scratchpad, to: ["off"])
    #expect(diff.user.isEmpty)
    let changed = diff.system.flatMap(\.lines).filter { $0.kind != .context }
    #expect(changed.allSatisfy { $0.kind == .removed })
    #expect(changed.count == 2)  // the paragraph and the blank line before it
    #expect(throws: ConditionError.self) { try Condition.default.diff(changing: .goal, to: ["none", "safety"]) }
  }
}
