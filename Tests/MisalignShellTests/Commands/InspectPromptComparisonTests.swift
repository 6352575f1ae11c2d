import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

/// Runs inspect_evals' own prompt generation (scripts/inspect-prompt.py) with the task arguments
/// `inspect` prints, and compares its prompts with what `prompt system` / `prompt user` show.
/// Needs the port installed: MISALIGN_INSPECT_PYTHON, or the venv at ~/.cache/misalign/inspect-venv.
@MainActor
@Suite struct InspectPromptComparisonTests {
  static var python: String? {
    let environment = ProcessInfo.processInfo.environment
    let path = environment["MISALIGN_INSPECT_PYTHON"]
      ?? NSHomeDirectory() + "/.cache/misalign/inspect-venv/bin/python"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/inspect-prompt.py").path

  /// The 234 core conditions, and each scenario's default with every optional factor.
  static var conditions: [Condition] {
    var conditions = Condition.allCore
    for scenario in Scenario.allCases {
      for (instructions, scratchpad, notice) in [(ExtraInstructions.dont, true, false), (.goal, true, false), (.none, false, false), (.none, true, true), (.dont, false, true)] {
        conditions.append(try! Condition(
          scenario: scenario, goalType: .explicit, goalValue: .america, urgency: .replacement,
          extraInstructions: instructions, scratchpad: scratchpad, evalNotice: notice))
      }
    }
    return conditions
  }

  struct PortPrompt: Decodable { let system: String; let user: String }

  static func portPrompts(_ conditions: [Condition], python: String) throws -> [PortPrompt] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, "--batch"]
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let lines = conditions.map { InspectTaskArguments($0).assignments.joined(separator: " ") }.joined(separator: "\n") + "\n"
    // Written from another thread so a full output pipe cannot stall the writer.
    let writer = input.fileHandleForWriting
    Thread.detachNewThread {
      writer.write(Data(lines.utf8))
      try? writer.close()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ShellError.failed("inspect-prompt.py failed (\(process.terminationStatus)): \(errorText)")
    }
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try JSONDecoder().decode(PortPrompt.self, from: Data($0.utf8))
    }
  }

  /// Where two texts first differ: line number and both lines.
  static func firstDifference(_ ours: String, _ theirs: String) -> String {
    let a = ours.components(separatedBy: "\n"), b = theirs.components(separatedBy: "\n")
    for index in 0..<max(a.count, b.count) where (index < a.count ? a[index] : nil) != (index < b.count ? b[index] : nil) {
      return "line \(index + 1): misalign \(index < a.count ? "\"\(a[index])\"" : "(end)") / port \(index < b.count ? "\"\(b[index])\"" : "(end)")"
    }
    return "identical"
  }

  @Test func portBuildsTheSamePromptsAsMisalign() async throws {
    guard let python = Self.python else {
      print("InspectPromptComparisonTests skipped: no inspect_evals venv (set MISALIGN_INSPECT_PYTHON or make ~/.cache/misalign/inspect-venv)")
      return
    }
    let conditions = Self.conditions
    let port = try Self.portPrompts(conditions, python: python)
    try #require(port.count == conditions.count)
    let test = TestSession()
    var matches = 0
    var placeholderOnly: [String] = []
    var differences: [String: [String]] = [:]
    for (condition, theirs) in zip(conditions, port) {
      test.session.condition = condition
      test.printed = ""
      #expect(await test.run("prompt system"))
      let system = String(test.printed.dropLast())
      test.printed = ""
      #expect(await test.run("prompt user"))
      let user = String(test.printed.dropLast())
      let label = condition.id + (condition.extraInstructions == .none ? "" : "+" + condition.extraInstructions.rawValue) + (condition.evalNotice ? "+notice" : "")
      if system == theirs.system && user == theirs.user {
        matches += 1
        continue
      }
      // The known difference (InspectPortNote.companyPlaceholder): the port leaves {company_name} in the extra instructions.
      let filled = theirs.system.replacingOccurrences(of: "{company_name}", with: condition.scenario.company.name)
      if condition.extraInstructions != .none, system == filled, user == theirs.user {
        placeholderOnly.append(label)
        continue
      }
      if system != theirs.system { differences["system " + Self.firstDifference(system, theirs.system), default: []].append(label) }
      if user != theirs.user { differences["user " + Self.firstDifference(user, theirs.user), default: []].append(label) }
    }
    print("InspectPromptComparisonTests: \(matches) of \(conditions.count) conditions match the port exactly; \(placeholderOnly.count) differ only where the port leaves {company_name} unfilled (\(placeholderOnly.joined(separator: ", ")))")
    for (difference, labels) in differences.sorted(by: { $0.key < $1.key }) {
      print("  \(labels.count) × \(difference): \(labels.prefix(4).joined(separator: ", "))\(labels.count > 4 ? ", …" : "")")
    }
    // Finding (09:12, inspect_evals 0.26.0): 0 of 249 match. misalign's prompts are its own wording of the
    // study's (DESIGN.md, honesty rule 5), so they differ from the port from the first line on; the report
    // above says where. What must hold: the port accepted every task argument `inspect` prints.
    #expect(port.count == conditions.count, "the port built a prompt for every condition's task arguments")
    #expect(port.allSatisfy { !$0.system.isEmpty && !$0.user.isEmpty })
  }
}
