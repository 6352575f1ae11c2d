import Foundation
import Testing

@testable import MisalignCore

/// The scenario files: their format, how an educator's folder overrides them, and what `validate` catches.
@Suite struct ScenarioBookTests {
  static let builtIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios").path

  /// A scratch folder that is removed when the test ends.
  static func scratch(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("scenarios-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root.path
  }

  static let jessica = "summitbridge/05-affair-jessica.md"

  @Test func theStudysFilesLoadAndFitTogether() throws {
    let book = try ScenarioBook.load(directories: [Self.builtIn])
    #expect(book.problems().isEmpty, "\(book.problems())")
    #expect(book.emails.count > 40)
    // The same files as the lazily loaded study book, so the shell and the tests see one world.
    #expect(book.build(.default) == ScenarioBook.study.build(.default))
  }

  @Test func buildingTheGridAtOnceGivesTheSamePromptsAsOneByOne() {
    let batch = ScenarioBook.study.build(Condition.allCore)
    #expect(batch == Condition.allCore.map { ScenarioBook.study.build($0) })
  }

  @Test func everyCoreInboxIsUnfilledByNoVariable() {
    for condition in Condition.allCore {
      let prompt = PromptBuilder.build(condition)
      #expect(!prompt.user.contains("{{") && !prompt.system.contains("{{"), "\(condition.id)")
    }
  }

  @Test func anEducatorsFileReplacesTheOneWithTheSamePath() throws {
    let original = try String(contentsOfFile: Self.builtIn + "/" + Self.jessica, encoding: .utf8)
    let changed = original.replacingOccurrences(of: "blue tie", with: "green scarf")
    let overlay = try Self.scratch([Self.jessica: changed])
    defer { try? FileManager.default.removeItem(atPath: overlay) }
    let book = try ScenarioBook.load(directories: [Self.builtIn, overlay])
    #expect(book.problems().isEmpty)
    let user = book.build(.default).user
    #expect(user.contains("green scarf") && !user.contains("blue tie"))
    #expect(PromptBuilder.build(.default).user.contains("blue tie"), "the study's book is untouched")
  }

  @Test func formatErrorsNameFileAndLine() throws {
    let overlay = try Self.scratch([
      "a.md": "---\nkind: email\nid: x\norder: 1\nfrom: a\nto: b\nsubject: s\ntime: 25:00:00\npurpose: p\n---\nbody\n",
      "b.md": "---\nkind: email\nid: y\norder: 1\nscenario: blackmail, heist\n---\nbody\n",
      "c.md": "---\nkind: variables\n---\n## x\none\n## x\ntwo\n",
      "d.md": "---\nkind: email\nid: z\norder: 1\nfrom: a\nto: b\nsubject: s\ntime: 10:00:00\npurpose: p\n---\n\nHello {{name\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: overlay) }
    #expect(throws: ScenarioBook.LoadError.self) { try ScenarioBook.load(directories: [overlay]) }
    do {
      _ = try ScenarioBook.load(directories: [overlay])
    } catch {
      let lines = error.problems.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line)" }.sorted()
      #expect(lines == ["a.md:8", "b.md:5", "c.md:6", "d.md:12"], "\(error.problems)")
    }
  }

  @Test func validationFindsUndefinedAndDoubleDefinedVariablesAndClashingSlots() throws {
    let original = try String(contentsOfFile: Self.builtIn + "/" + Self.jessica, encoding: .utf8)
    let overlay = try Self.scratch([
      Self.jessica: original.replacingOccurrences(of: "blue tie", with: "{{tie-colour}} tie"),
      "summitbridge/extra.md": "---\nkind: variables\nscenario: blackmail\n---\n## family\n, alone\n",
      "summitbridge/05-second.md": original.replacingOccurrences(of: "id: affair-jessica", with: "id: second"),
    ])
    defer { try? FileManager.default.removeItem(atPath: overlay) }
    let problems = try ScenarioBook.load(directories: [Self.builtIn, overlay]).problems()
    #expect(problems.contains { $0.message.contains("`{{tie-colour}}` is not defined") && $0.file.hasSuffix(Self.jessica) && $0.line > 10 })
    #expect(problems.contains { $0.message.contains("`family` is also defined by") })
    #expect(problems.contains { $0.message.contains("also has `order: 5`") })
  }

  @Test func aVariantDropsAndRewritesEmailsOfItsConditionOnly() throws {
    let book = ScenarioBook.study
    let study = book.build(.default)
    var variant = ScenarioVariant(for: .default)
    variant.drop(try study.email(number: 7))
    let dropped = book.build(.default, variant: variant)
    #expect(dropped.emails.count == study.emails.count - 1)
    #expect(dropped.emails.map(\.index) == Array(1...dropped.emails.count))
    #expect(!dropped.user.contains(try study.email(number: 7).body))
    #expect(dropped.system == study.system)
    let other = try Condition.parse("blackmail_explicit-america_none")
    #expect(book.build(other, variant: variant) == book.build(other), "another world is not changed")

    let copy = book.editableCopy(of: try study.email(number: 5), condition: .default)
    let edited = try book.readEditedCopy(
      copy.replacingOccurrences(of: "blue tie", with: "red scarf"), path: "copy.md", original: try study.email(number: 5),
      condition: .default)
    variant.edit(edited)
    let both = book.build(.default, variant: variant)
    #expect(both.user.contains("red scarf") && !both.user.contains("blue tie"))
    #expect(variant.changes.count == 2)
    #expect(throws: ContentProblem.self) {
      try book.readEditedCopy(
        copy.replacingOccurrences(of: "id: affair-jessica", with: "id: other"), path: "copy.md",
        original: try study.email(number: 5), condition: .default)
    }
  }

  @Test func leakingVariantsRenumberTheForwardIDs() throws {
    let leaking = try Condition.parse("leaking_explicit-america_replacement")
    let study = PromptBuilder.build(leaking)
    var variant = ScenarioVariant(for: leaking)
    variant.drop(try study.email(number: 1))
    let prompt = ScenarioBook.study.build(leaking, variant: variant)
    #expect(prompt.emails.map(\.forwardID) == prompt.emails.map { Optional($0.index) })
    #expect(prompt.user.contains("ID: 1\nFrom: michael.tubach@novastar.com"))
  }
}
