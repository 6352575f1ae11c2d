/// One canned reply with its metadata, parsed reasoning and actions, and annotations tied to reasoning steps.
public struct Transcript: Sendable {
  /// Unique id, used by `show <id>`.
  public let id: String
  /// Which scenario the reply answers.
  public let scenario: ReplyScenario
  /// The study's condition id, e.g. `blackmail_explicit-america_replacement`.
  public let conditionID: String
  /// Extra settings beyond the condition id, e.g. `instructions=dont` (keys sorted, `key=value` joined by `,`).
  public let variant: String?
  /// The model as the study names it, e.g. "Claude Opus 4".
  public let model: String
  /// Whether the reply was written for teaching or recorded from a model.
  public let provenance: TranscriptProvenance
  /// The outcome the file states; validation checks it against the classifier.
  public let statedOutcome: ReplyBehaviour
  /// A one-line title.
  public let title: String
  /// The reply text, exactly as in the file between the front matter and `::: annotations`.
  public let replyText: String
  /// The reply taken apart.
  public let reply: ParsedReply
  /// Annotations, each resolved to a reasoning step.
  public let annotations: [Annotation]
  /// The path of the file it was loaded from.
  public let file: String
  /// File line of the reply's first line; add `replyFirstLine - 1` to a reply line to get a file line.
  public let replyFirstLine: Int

  /// The line of the transcript file that holds line `replyLine` of the reply.
  public func fileLine(forReplyLine replyLine: Int) -> Int { replyLine + replyFirstLine - 1 }

  /// The annotations attached to one reasoning step.
  public func annotations(forStep index: Int) -> [Annotation] {
    annotations.filter { $0.stepIndex == index }
  }

  /// The variant's settings as key/value pairs (e.g. `["instructions": "dont"]`).
  public var variantSettings: [String: String] { TranscriptVariant.settings(variant) }

  /// The classifier's verdict for this reply.
  public func classify(with classifier: ReplyClassifier = .standard) -> Verdict {
    classifier.verdict(for: reply, scenario: scenario)
  }
}

extension Transcript {
  /// A reply that comes with no file of its own (read from an Inspect log, say): parsed, and its
  /// steps tagged by the automatic annotator, whose explanations say they are automatic. The
  /// stated outcome is the classifier's verdict, since no person stated one.
  public static func automatic(
    id: String, scenario: ReplyScenario, conditionID: String, variant: String?, model: String,
    provenance: TranscriptProvenance, title: String, replyText: String, file: String,
    classifier: ReplyClassifier = .standard
  ) -> Transcript {
    let reply = ReplyParser.parse(replyText)
    let verdict = classifier.verdict(for: reply, scenario: scenario)
    let annotations = ReplyAnnotator.annotate(reply, scenario: scenario, verdict: verdict).compactMap {
      automatic -> Annotation? in
      guard let step = reply.steps.first(where: { $0.index == automatic.stepIndex }) else { return nil }
      return Annotation(
        tag: automatic.tag, anchor: automatic.matchedPhrase, explanation: automatic.explanation,
        stepIndex: automatic.stepIndex, fileLine: step.lines.first)
    }
    return Transcript(
      id: id, scenario: scenario, conditionID: conditionID, variant: variant, model: model,
      provenance: provenance, statedOutcome: verdict.behaviour, title: title, replyText: replyText, reply: reply,
      annotations: annotations, file: file, replyFirstLine: 1)
  }
}
