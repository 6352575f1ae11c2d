import Foundation
import MisalignCore

/// A transcript written to disk by `TranscriptSaver`.
public struct SavedTranscript: Sendable {
  /// The file written.
  public let path: String
  /// The transcript id (the file name without `.md`).
  public let id: String
  /// The file as read back by `TranscriptFileParser`.
  public let transcript: Transcript
  /// The classifier's verdict, written as `outcome`.
  public let verdict: Verdict
}

/// Writes a live reply as a `recorded` transcript in `<directory>/<scenario>/<name>.md`: atomically (a temporary
/// file in the same folder, read back with `TranscriptFileParser`, then linked into place, which never replaces an
/// existing file), with `-2`, `-3`, … appended when the name is taken.
public struct TranscriptSaver: Sendable {
  /// The transcripts folder: `$XDG_DATA_HOME/misalign/transcripts` unless given.
  public let directory: String

  /// A saver writing under `directory`.
  public init(directory: String) { self.directory = directory }

  /// A saver writing under `$XDG_DATA_HOME/misalign/transcripts` (or `~/.local/share/misalign/transcripts`).
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
    self.init(directory: base + "/misalign/transcripts")
  }

  /// Saves `reply`, the answer to `prompt`, under `name` (or a name made from the model, condition and time).
  public func save(reply: LiveReply, prompt: Prompt, name: String? = nil, date: Date = Date()) throws(LiveError)
    -> SavedTranscript
  {
    let scenario = ReplyScenario(rawValue: prompt.condition.scenario.rawValue) ?? .blackmail
    let folder = directory + "/" + scenario.rawValue
    let base = try Self.fileName(name ?? Self.defaultName(reply: reply, prompt: prompt, date: date))
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .saveFailed(path: folder, reason: "the folder could not be created (\(error.localizedDescription))")
    }
    let text = TerminalText.neutralise(reply.text)
    let parsed = ReplyParser.parse(text)
    let verdict = ReplyClassifier.classify(parsed, scenario: scenario)
    let annotations = ReplyAnnotator.annotate(parsed, scenario: scenario, verdict: verdict)
    for suffix in 1...100 {
      let id = suffix == 1 ? base : "\(base)-\(suffix)"
      let path = folder + "/" + id + ".md"
      if FileManager.default.fileExists(atPath: path) { continue }
      let contents = TranscriptDocument(
        id: id, reply: reply, replyText: text, prompt: prompt, scenario: scenario, verdict: verdict,
        annotations: annotations, date: date
      ).render()
      _ = try Self.checkedParse(contents, path: path)
      if let transcript = try Self.writeNew(contents, to: path, folder: folder) {
        return SavedTranscript(path: path, id: id, transcript: transcript, verdict: verdict)
      }
    }
    throw .saveFailed(path: folder + "/" + base + ".md", reason: "100 files with this name already exist; choose another name")
  }

  /// The reply as an unsaved recorded transcript with the given id, so `show` can step through a live
  /// reply exactly as it would through a saved one.
  public static func transcript(of reply: LiveReply, prompt: Prompt, id: String, date: Date = Date()) throws(LiveError)
    -> Transcript
  {
    let scenario = ReplyScenario(rawValue: prompt.condition.scenario.rawValue) ?? .blackmail
    let text = TerminalText.neutralise(reply.text)
    let parsed = ReplyParser.parse(text)
    let verdict = ReplyClassifier.classify(parsed, scenario: scenario)
    let annotations = ReplyAnnotator.annotate(parsed, scenario: scenario, verdict: verdict)
    let contents = TranscriptDocument(
      id: id, reply: reply, replyText: text, prompt: prompt, scenario: scenario, verdict: verdict,
      annotations: annotations, date: date
    ).render()
    return try checkedParse(contents, path: "(live reply \(id), not saved)")
  }

  /// The file as the transcript parser reads it; a file that would not load is never written.
  static func checkedParse(_ contents: String, path: String) throws(LiveError) -> Transcript {
    do {
      return try TranscriptFileParser.parse(contents, file: path).0
    } catch {
      throw .saveFailed(path: path, reason: "the transcript would not read back (\(error.message))")
    }
  }

  /// Writes `contents` to a temporary file in `folder`, reads that file back through the transcript parser,
  /// then links it to `path`, which fails rather than replace a file created meanwhile. Returns the transcript
  /// as read back, or nil when `path` already exists.
  static func writeNew(_ contents: String, to path: String, folder: String) throws(LiveError) -> Transcript? {
    let temporary = folder + "/.saving-" + UUID().uuidString + ".tmp"
    defer { unlink(temporary) }
    do {
      try Data(contents.utf8).write(to: URL(fileURLWithPath: temporary), options: [.withoutOverwriting])
    } catch {
      throw .saveFailed(path: path, reason: error.localizedDescription)
    }
    let written: String
    do { written = try String(contentsOfFile: temporary, encoding: .utf8) } catch {
      throw .saveFailed(path: path, reason: "the file could not be read back (\(error.localizedDescription))")
    }
    let transcript = try checkedParse(written, path: path)
    if link(temporary, path) == 0 { return transcript }
    let code = errno
    if code == EEXIST { return nil }
    throw .saveFailed(path: path, reason: String(cString: strerror(code)))
  }

  /// `name` if it is a usable id (lowercase letters, digits, `-`, `_`); spaces and capitals are forgiven.
  static func fileName(_ name: String) throws(LiveError) -> String {
    let cleaned = name.lowercased().replacingOccurrences(of: " ", with: "-")
    guard !cleaned.isEmpty, cleaned.count <= 100,
      cleaned.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    else {
      throw .saveFailed(path: name, reason: "a name may only contain letters, digits, '-' and '_' (at most 100)")
    }
    return cleaned
  }

  /// `<model>-<condition>-<yyyymmdd-hhmmss>` in lowercase with only id characters.
  static func defaultName(reply: LiveReply, prompt: Prompt, date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let model = String(reply.requestedModel.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    return String((model + "-" + prompt.condition.id + "-" + formatter.string(from: date)).prefix(100))
  }
}
