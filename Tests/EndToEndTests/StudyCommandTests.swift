import Foundation
import Testing

/// The study commands through the built binary: the numbers a journalist would quote, checked
/// against a table written by hand from FACTS.md.
@Suite struct StudyCommandTests {
  struct Expected: Sendable, CustomStringConvertible {
    var model: String
    var rate: String
    var interval: String
    var status: String
    var description: String { "\(model) \(rate)" }
  }

  /// Figure 7 / Table A1, explicit-america goal + replacement, n = 100.
  static let figure7: [Expected] = [
    .init(model: "Claude Opus 4", rate: "96%", interval: "(90–98)", status: "stated in text"),
    .init(model: "Gemini 2.5 Flash", rate: "96%", interval: "(90–98)", status: "stated in text"),
    .init(model: "Gemini 2.5 Pro", rate: "95%", interval: "(89–98)", status: "read from chart"),
    .init(model: "GPT-4.1", rate: "80%", interval: "(71–87)", status: "stated in text"),
    .init(model: "Grok 3 Beta", rate: "80%", interval: "(71–87)", status: "stated in text"),
    .init(model: "DeepSeek-R1", rate: "79%", interval: "(70–86)", status: "stated in text"),
    .init(model: "Claude Sonnet 3.6", rate: "87%", interval: "(79–92)", status: "appendix, secondary"),
    .init(model: "Claude Sonnet 3.5", rate: "86%", interval: "(78–91)", status: "appendix, secondary"),
    .init(model: "Claude Sonnet 4", rate: "79%", interval: "(70–86)", status: "appendix, secondary"),
    .init(model: "GPT-4.5", rate: "67%", interval: "(57–75)", status: "appendix, secondary"),
    .init(model: "Claude Sonnet 3.7", rate: "65%", interval: "(55–74)", status: "appendix, secondary"),
    .init(model: "Claude Opus 3", rate: "51%", interval: "(41–61)", status: "appendix, secondary"),
    .init(model: "GPT-4o", rate: "15%", interval: "(9–23)", status: "appendix, secondary"),
    .init(model: "Claude Haiku 3.5", rate: "10%", interval: "(6–17)", status: "appendix, secondary"),
    .init(model: "Qwen3-235B", rate: "9%", interval: "(5–16)", status: "appendix, secondary"),
    .init(model: "Llama 4 Maverick", rate: "0%", interval: "(0–4)", status: "stated in text"),
  ]

  /// Figure 11, lethal action, explicit-america goal + replacement, n = 100 (chart values).
  static let figure11: [Expected] = [
    .init(model: "Claude Opus 4", rate: "65%", interval: "(55–74)", status: "read from chart"),
    .init(model: "Claude Sonnet 4", rate: "22%", interval: "(15–31)", status: "read from chart"),
    .init(model: "Claude Sonnet 3.7", rate: "0%", interval: "(0–4)", status: "read from chart"),
    .init(model: "Claude Sonnet 3.6", rate: "93%", interval: "(86–97)", status: "read from chart"),
    .init(model: "DeepSeek-R1", rate: "94%", interval: "(88–97)", status: "read from chart"),
    .init(model: "Gemini 2.5 Pro", rate: "90%", interval: "(83–94)", status: "read from chart"),
    .init(model: "Gemini 2.5 Flash", rate: "83%", interval: "(74–89)", status: "read from chart"),
    .init(model: "GPT-4.5", rate: "7%", interval: "(3–14)", status: "read from chart"),
    .init(model: "GPT-4.1", rate: "54%", interval: "(44–63)", status: "read from chart"),
    .init(model: "Grok 3 Beta", rate: "85%", interval: "(77–91)", status: "read from chart"),
  ]

  /// The chart row for `model`, matched on the label at the start of the row.
  static func row(for model: String, in output: String) -> String? {
    output.split(separator: "\n").map(String.init).first {
      $0.hasPrefix("  " + model + " ") && $0.contains("%")
    }
  }

  @Test(arguments: figure7)
  func figure7RowsShowRateIntervalAndStatus(_ expected: Expected) throws {
    let result = try MisalignBinary.run(["-c", "condition blackmail_explicit-america_replacement; results"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Figure 7"))
    #expect(result.stdout.contains("n = 100 per model"))
    let row = try #require(Self.row(for: expected.model, in: result.stdout), "no row for \(expected.model)")
    #expect(row.contains(" " + expected.rate + " ") || row.contains(" " + expected.rate + "  "), "\(row)")
    #expect(row.contains(expected.interval), "\(row)")
    #expect(row.contains(expected.status), "\(row)")
  }

  @Test(arguments: figure11)
  func figure11RowsForTheLethalScenario(_ expected: Expected) throws {
    let result = try MisalignBinary.run(["-c", "condition murder_explicit-america_replacement; results"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Figure 11"))
    let row = try #require(Self.row(for: expected.model, in: result.stdout), "no row for \(expected.model)")
    #expect(row.contains(expected.rate) && row.contains(expected.interval) && row.contains(expected.status), "\(row)")
  }

  @Test func lethalChartLeavesOutTheExcludedModels() throws {
    let result = try MisalignBinary.run(["-c", "condition murder_explicit-america_replacement; results"])
    #expect(Self.row(for: "GPT-4o", in: result.stdout) == nil)
    #expect(result.stdout.contains("Not published for this condition: Claude Sonnet 3.5"))
  }

  @Test func evaluationOrRealExperiment() throws {
    let result = try MisalignBinary.run(["-c", "set eval-notice on; results"])
    #expect(result.status == 0)
    for (label, rate) in [
      ("stated it was real", "21.4%"), ("stated it was an evaluation", "64.8%"), ("gave no answer", "13.8%"),
      ("blackmailed, when it said real", "55.1%"), ("blackmailed, when it said evaluation", "6.5%"),
    ] {
      let line = result.stdout.split(separator: "\n").first { $0.contains(label) }
      #expect(line?.contains(rate) == true, "\(label): \(String(describing: line))")
    }
    #expect(result.stdout.contains("500 samples"))
  }

  @Test func systemCardNumberHasNoSampleSize() throws {
    let result = try MisalignBinary.run(["-c", "results claude-opus-4"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let index = try #require(lines.firstIndex { $0.contains("84%") && $0.contains("system-card") })
    #expect(lines[index + 1].contains("System card §4.1.1.2, sample size not published, stated in the text"))
  }

  @Test func unpublishedConditionSaysSoAndPointsToNeighbours() throws {
    let result = try MisalignBinary.run(["-c", "condition leaking_explicit-safety_restriction; results"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("The study published no rates for"))
    #expect(result.stdout.contains("Nearest conditions with published numbers:"))
    #expect(!result.stdout.contains("█"))
  }

  @Test func controlGridAndPromptAreConsistent() throws {
    let result = try MisalignBinary.run(["-c", "scenario blackmail; grid"])
    #expect(result.stdout.contains("96% (90–98) · Figure 7"))
    #expect(result.stdout.contains("86% (78–91) · Figure 8"))
    #expect(result.stdout.contains("← control"))
    let prompt = try MisalignBinary.run(["-c", "prompt user"])
    #expect(prompt.stdout.contains("EXEC-4429") == false)
    #expect(prompt.stdout.contains("<email>"))
    #expect(prompt.stdout.contains("kyle.johnson@summitbridge.com"))
  }

  @Test func invalidConditionsAreRefusedWithAnExplanation() throws {
    let bad = try MisalignBinary.run(["-c", "condition blackmail_none-america_replacement"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("error:"))
    let badSet = try MisalignBinary.run(["-c", "set goal explicit"])
    #expect(badSet.status == 1)
    let badFactor = try MisalignBinary.run(["-c", "set colour blue"])
    #expect(badFactor.status == 1)
    #expect(badFactor.stderr.contains("usage: set"))
  }

  @Test func plainModeDrawsNoBars() throws {
    let result = try MisalignBinary.run(["--plain", "-c", "results"])
    #expect(!result.stdout.contains("█"))
    #expect(result.stdout.contains("96%"))
  }
}
