import MisalignCore
import MisalignLogs

/// The Inspect logs of this session (`load`, and `*.eval` files in `--content` folders), each
/// sample kept as a reply that `replies`, `show`, `annotations` and `classify` reach.
@MainActor
public final class InspectLogState {
  /// One sample as a reply: its transcript, the sample and its log.
  public struct Reply {
    public let transcript: Transcript
    public let sample: InspectLogSample
    public let log: InspectLog
  }

  public private(set) var logs: [InspectLog] = []
  /// The replies, in load order.
  public private(set) var replies: [Reply] = []
  /// Samples with no condition misalign knows, with the reason; reported by `load`, `replies` and `results`.
  public private(set) var unmapped: [(sample: InspectLogSample, log: InspectLog)] = []
  private var byID: [String: Int] = [:]
  private var contentLoaded = false

  public var isEmpty: Bool { logs.isEmpty }

  public func reply(id: String) -> Reply? { byID[id.lowercased()].map { replies[$0] } }

  public var ids: [String] { replies.map(\.transcript.id) }

  /// Replies for a condition in exactly this variant (nil: the study's default settings).
  public func replies(condition: Condition) -> [Reply] {
    replies.filter { $0.sample.condition == condition }
  }

  /// Adds a log unless the same file is already loaded; returns the replies it added.
  @discardableResult
  public func add(_ log: InspectLog) -> [Reply] {
    if logs.contains(where: { $0.path == log.path }) { return [] }
    logs.append(log)
    var added: [Reply] = []
    for sample in log.samples {
      guard let condition = sample.condition else {
        unmapped.append((sample, log))
        continue
      }
      let id = uniqueID(Self.baseID(model: log.model, sample: sample, condition: condition))
      let scenario = ReplyScenario(rawValue: condition.scenario.rawValue) ?? .blackmail
      let source = InspectLogSource(
        logPath: log.path, modelID: log.model, date: log.created, sampleID: sample.id, epoch: sample.epoch)
      let transcript = Transcript.automatic(
        id: id, scenario: scenario, conditionID: condition.studyID, variant: ReplyCommands.variant(of: condition),
        model: log.model, provenance: .inspectLog(source),
        title: "\(log.model) on \(condition.id), epoch \(sample.epoch) (Inspect log of \(log.day))",
        replyText: TerminalText.neutralise(sample.reply), file: log.path + " › " + sample.entry)
      let reply = Reply(transcript: transcript, sample: sample, log: log)
      byID[id] = replies.count
      replies.append(reply)
      added.append(reply)
    }
    return added
  }

  /// Loads the `*.eval` files of the `--content` folders (the folder itself, or its `Logs/`) once;
  /// returns the problems, one line each.
  public func loadContent(roots: [String]) -> [String] {
    guard !contentLoaded else { return [] }
    contentLoaded = true
    var problems: [String] = []
    for root in roots {
      for directory in [root, root + "/Logs"] {
        for result in InspectLogReader.readAll(directory: directory) {
          switch result {
          case .success(let log): add(log)
          case .failure(let error): problems.append(error.description)
          }
        }
      }
    }
    return problems
  }

  /// `smollm2-blackmail_explicit-america_replacement-e1`: the model's last name part, the
  /// condition id and the epoch.
  static func baseID(model: String, sample: InspectLogSample, condition: Condition) -> String {
    let name = model.split(separator: "/").last.map(String.init) ?? model
    let cleaned = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "-" })
    return "\(cleaned)-\(condition.id)-e\(sample.epoch)"
  }

  private func uniqueID(_ base: String) -> String {
    if byID[base] == nil { return base }
    var suffix = 2
    while byID["\(base)-\(suffix)"] != nil { suffix += 1 }
    return "\(base)-\(suffix)"
  }
}
