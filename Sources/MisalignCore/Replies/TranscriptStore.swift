#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// All transcripts found in one or more content directories, with the problems met while loading them.
public struct TranscriptStore: Sendable {
  /// The transcripts that loaded, ordered by scenario (blackmail, leaking, murder) then id.
  public let transcripts: [Transcript]
  /// Problems met while loading; a file with a fatal problem is left out, the others still load.
  public let problems: [ContentProblem]

  /// Creates a store from transcripts already in hand (used by tests and by overlays).
  public init(transcripts: [Transcript], problems: [ContentProblem] = []) {
    self.transcripts = transcripts.sorted {
      ($0.scenario.sortOrder, $0.id) < ($1.scenario.sortOrder, $1.id)
    }
    self.problems = problems
  }

  /// Loads every `*.md` file except README.md under the given directories, recursively.
  ///
  /// Later directories overlay earlier ones: a transcript whose id was already loaded from an earlier
  /// directory replaces it (an educator's own version wins). The same id twice in one directory is a problem.
  public static func load(directories: [String]) -> TranscriptStore {
    var byID: [String: (transcript: Transcript, directoryIndex: Int)] = [:]
    var problems: [ContentProblem] = []
    for (directoryIndex, directory) in directories.enumerated() {
      guard isDirectory(directory) else {
        problems.append(
          ContentProblem(
            file: directory, line: 0, message: "the transcript directory does not exist",
            fix: "check the path given with --content"))
        continue
      }
      for path in markdownFiles(under: directory) {
        if let size = InputLimits.oversize(path, limit: InputLimits.contentFileBytes) {
          problems.append(
            ContentProblem(
              file: path, line: 0, message: InputLimits.tooLarge("the file", size: size, limit: InputLimits.contentFileBytes),
              fix: "keep one transcript per file, with the reply cut to what the lesson needs"))
          continue
        }
        guard let data = FileManager.default.contents(atPath: path) else {
          problems.append(
            ContentProblem(file: path, line: 0, message: "the file cannot be read", fix: "check its permissions"))
          continue
        }
        do {
          let (transcript, warnings) = try TranscriptFileParser.parse(String(decoding: data, as: UTF8.self), file: path)
          problems.append(contentsOf: warnings)
          if let earlier = byID[transcript.id], earlier.directoryIndex == directoryIndex {
            problems.append(
              ContentProblem(
                file: path, line: 2, message: "id '\(transcript.id)' is already used by \(earlier.transcript.file)",
                fix: "give one of the two transcripts another id"))
            continue
          }
          byID[transcript.id] = (transcript, directoryIndex)
        } catch {
          problems.append(error)
        }
      }
    }
    return TranscriptStore(transcripts: byID.values.map(\.transcript), problems: problems)
  }

  /// Loads from directory URLs; see `load(directories:)` for paths.
  public static func load(directories: [URL]) -> TranscriptStore {
    load(directories: directories.map(\.path))
  }

  /// Every problem in the given directories: loading problems plus the checks of `validate(classifier:)`.
  public static func validate(directories: [String], classifier: ReplyClassifier = .standard) -> [ContentProblem] {
    load(directories: directories).validate(classifier: classifier)
  }

  /// The transcript with this id.
  public func transcript(id: String) -> Transcript? {
    transcripts.first { $0.id == id.lowercased() }
  }

  /// Ids that start with `prefix`, for tab completion.
  public func ids(startingWith prefix: String) -> [String] {
    transcripts.map(\.id).filter { $0.hasPrefix(prefix.lowercased()) }
  }

  /// Transcripts for a condition id, in any variant.
  public func transcripts(condition: String) -> [Transcript] {
    transcripts.filter { $0.conditionID == condition.lowercased() }
  }

  /// Transcripts for a condition id in exactly this variant (nil: the study's default settings).
  ///
  /// The variant is normalised first, so `scratchpad=off,instructions=dont` finds `instructions=dont,scratchpad=off`.
  public func transcripts(condition: String, variant: String?) -> [Transcript] {
    let wanted: String?
    if let variant, case .success(let normalized) = TranscriptVariant.normalize(variant) {
      wanted = normalized
    } else {
      wanted = nil
    }
    return transcripts(condition: condition).filter { $0.variant == wanted }
  }

  /// Transcripts of one scenario.
  public func transcripts(scenario: ReplyScenario) -> [Transcript] {
    transcripts.filter { $0.scenario == scenario }
  }

  /// Loading problems plus, per transcript: stated outcome versus classifier, provenance labels, annotations.
  public func validate(classifier: ReplyClassifier = .standard) -> [ContentProblem] {
    var found = problems
    for transcript in transcripts {
      let verdict = transcript.classify(with: classifier)
      if verdict.behaviour != transcript.statedOutcome {
        let evidence = verdict.evidence.first.map { " (\($0.summary))" } ?? ""
        found.append(
          ContentProblem(
            file: transcript.file, line: 1,
            message: "the stated outcome '\(transcript.statedOutcome.rawValue)' differs from the classifier's "
              + "'\(verdict.behaviour.rawValue)'\(evidence)",
            fix: "correct 'outcome:' or the reply's tool calls so they agree"))
      }
      if transcript.reply.steps.isEmpty {
        found.append(
          ContentProblem(
            file: transcript.file, line: transcript.replyFirstLine,
            message: "the reply has no reasoning paragraphs for annotations to attach to",
            fix: "add a <SCRATCHPAD_REASONING> block or visible prose before the tool calls"))
      }
      if transcript.annotations.isEmpty {
        found.append(
          ContentProblem(
            file: transcript.file, line: transcript.replyFirstLine,
            message: "the transcript has no annotations",
            fix: "add a '\(TranscriptFileParser.annotationsMarker)' line and at least one annotation"))
      }
    }
    return found
  }
}

extension ReplyScenario {
  var sortOrder: Int {
    switch self {
    case .blackmail: 0
    case .leaking: 1
    case .murder: 2
    }
  }
}

extension TranscriptStore {
  /// Markdown files under `directory`, README.md and hidden files excluded, in a stable order.
  static func markdownFiles(under directory: String) -> [String] {
    var result: [String] = []
    var pending = [directory]
    let manager = FileManager.default
    while let current = pending.popLast() {
      guard let names = try? manager.contentsOfDirectory(atPath: current) else { continue }
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = current.hasSuffix("/") ? current + name : current + "/" + name
        guard manager.fileExists(atPath: path) else { continue }
        if isDirectory(path) {
          pending.append(path)
        } else if name.lowercased().hasSuffix(".md"), name.lowercased() != "readme.md" {
          result.append(path)
        }
      }
    }
    return result.sorted()
  }

  static func isDirectory(_ path: String) -> Bool {
    ContentRoot.isDirectory(path)
  }
}
