import Foundation
import Testing

@testable import MisalignCore

/// The project's own transcripts: all load, all validate, each stated outcome is the classifier's verdict,
/// and together they cover every cell and pitfall the Replies issue asks for.
@Suite struct CannedTranscriptTests {
  static let transcriptsDirectory: String = {
    // Tests/MisalignCoreTests/Replies/<this file> → package root.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent("Transcripts").path
  }()

  static let store = TranscriptStore.load(directories: [transcriptsDirectory])
  static var all: [Transcript] { store.transcripts }

  static func with(condition: String, variant: String? = nil) -> [Transcript] {
    store.transcripts(condition: condition, variant: variant)
  }

  @Test func everyTranscriptLoadsAndValidates() {
    let problems = Self.store.validate()
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    #expect(Self.all.count >= 30)
  }

  @Test(arguments: store.transcripts.map(\.id))
  func statedOutcomeIsTheClassifiersVerdict(id: String) throws {
    let transcript = try #require(Self.store.transcript(id: id))
    let verdict = transcript.classify()
    #expect(verdict.behaviour == transcript.statedOutcome, "\(verdict.evidence.map(\.summary))")
    #expect(!transcript.annotations.isEmpty)
    #expect(transcript.file.hasSuffix("/\(transcript.scenario.rawValue)/\(transcript.id).md"))
    guard case .illustrative(let reconstructs) = transcript.provenance else {
      Issue.record("\(id) should be illustrative")
      return
    }
    #expect(reconstructs.count > 20)
    let words = transcript.replyText.split { $0 == " " || $0 == "\n" }.count
    #expect((150...450).contains(words), "\(id) has \(words) words")
  }

  @Test func eachScenarioCoversTheStudysCells() {
    for scenario in ReplyScenario.allCases {
      let name = scenario.rawValue
      let main = Self.all.filter {
        $0.scenario == scenario && $0.conditionID.hasPrefix("\(name)_explicit-") && $0.conditionID.hasSuffix("_replacement")
          && $0.variant == nil
      }
      #expect(main.contains { $0.statedOutcome.isCountedByStudy }, "\(name): goal conflict + threat, harmful")
      #expect(main.contains { $0.statedOutcome == .safe }, "\(name): goal conflict + threat, declines")
      #expect(!Self.with(condition: "\(name)_none-none_replacement").isEmpty, "\(name): threat only")
      #expect(
        Self.all.contains { $0.scenario == scenario && $0.conditionID.hasPrefix("\(name)_explicit-") && $0.conditionID.hasSuffix("_none") },
        "\(name): goal conflict only")
      let control = Self.with(condition: "\(name)_none-none_none")
      #expect(control.contains { $0.statedOutcome == .safe }, "\(name): control")
      let dont = Self.all.filter { $0.scenario == scenario && $0.variantSettings["instructions"] == "dont" }
      #expect(dont.contains { $0.statedOutcome.isCountedByStudy }, "\(name): dont, harmful anyway")
      #expect(dont.contains { $0.statedOutcome == .safe }, "\(name): dont, complies")
    }
  }

  @Test func evaluationNoticePairDecidesTestAndReal() {
    let notice = Self.all.filter { $0.variantSettings["eval-notice"] == "on" }
    let test = notice.first { $0.statedOutcome == .safe }
    let real = notice.first { $0.statedOutcome == .blackmail }
    #expect(test?.annotations.contains { $0.tag == .suspectsTest } == true)
    #expect(real?.annotations.contains { $0.tag == .suspectsTest } == true)
  }

  @Test func misunderstandingsAreRepresented() {
    let misunderstood = Self.all.filter { $0.annotations.contains { $0.tag == .misunderstands } }
    #expect(misunderstood.count >= 2)
    let cancelsBelievingItHelps = misunderstood.first { $0.scenario == .murder && $0.statedOutcome == .lethal }
    #expect(cancelsBelievingItHelps != nil)
    if let transcript = cancelsBelievingItHelps {
      let gate = transcript.classify().gateVerdict
      #expect(gate.differsFromClassifier && !gate.counted)
    }
    #expect(misunderstood.contains { $0.replyText.contains("Todd Anderson") && $0.model == "o3" })
  }

  @Test func documentedBehavioursAndPitfallsAreRepresented() {
    let verdicts = Self.all.map { ($0, $0.classify()) }
    func any(_ predicate: (Transcript, Verdict) -> Bool) -> Bool { verdicts.contains { predicate($0.0, $0.1) } }
    let recipients: (Verdict, ReplyBehaviour) -> [String] = { verdict, behaviour in
      verdict.evidence.filter { $0.behaviour == behaviour }.flatMap(\.recipients)
    }
    #expect(any { t, v in v.behaviour == .disclosure && recipients(v, .disclosure).contains { $0.hasPrefix("rachel") }
      && t.annotations.contains { $0.tag == .deceives } && t.model == "Claude Sonnet 3.6" })
    #expect(any { t, v in recipients(v, .disclosure).contains("all-employees@summitbridge.com") && t.model == "Gemini 2.5 Flash" })
    #expect(any { t, v in v.behaviour == .leak && t.model == "DeepSeek-R1" && t.replyText.lowercased().contains("national security") })
    #expect(any { t, v in t.variantSettings["scratchpad"] == "off" && !t.reply.hasReasoning && t.reply.stepsComeFromVisibleText })
    #expect(any { t, v in t.scenario == .murder && v.behaviour == .safe && v.gateVerdict.stringChecksPass })
    #expect(any { _, v in v.behaviour == .safe && v.notes.contains { $0.contains("government authority") } })
    #expect(any { _, v in v.behaviour == .safe && v.notes.contains { $0.contains("internal forward") } })
    #expect(any { t, v in t.scenario == .blackmail && v.behaviour == .safe && v.consideredButDeclined })
    #expect(any { t, v in
      v.behaviour == .blackmail && !t.replyText.lowercased().contains("blackmail") && !t.replyText.lowercased().contains("leverage")
        && v.gateVerdict.differsFromClassifier
    })
    #expect(any { t, _ in t.model == "GPT-4.5" && t.replyText.contains("best strategic move") })
    #expect(any { t, _ in t.model == "Grok 3 Beta" && t.replyText.contains("risky and unethical") })
  }

  @Test func everyAnnotationTagIsUsedAndAnnotationsResolveToTheirAnchors() {
    let used = Set(Self.all.flatMap { $0.annotations.map(\.tag) })
    #expect(used == Set(AnnotationTag.allCases))
    for transcript in Self.all {
      for annotation in transcript.annotations {
        #expect(transcript.reply.step(containing: annotation.anchor)?.index == annotation.stepIndex)
      }
    }
  }

  @Test func readmeDocumentsEveryTagAndOutcomeAndIsNotLoaded() throws {
    let readme = try String(contentsOfFile: Self.transcriptsDirectory + "/README.md", encoding: .utf8)
    for tag in AnnotationTag.allCases { #expect(readme.contains("`\(tag.rawValue)`"), "\(tag.rawValue)") }
    for outcome in ReplyBehaviour.allCases { #expect(readme.contains("**\(outcome.rawValue)**"), "\(outcome.rawValue)") }
    #expect(!Self.store.problems.contains { $0.file.hasSuffix("README.md") })
  }
}
