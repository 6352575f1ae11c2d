import Foundation
import MisalignCore

/// The text of a recorded transcript file, in the format of `Transcripts/README.md`.
struct TranscriptDocument {
  let id: String
  let reply: LiveReply
  /// The reply as written to the file (already neutralised).
  let replyText: String
  let prompt: Prompt
  let scenario: ReplyScenario
  let verdict: Verdict
  let annotations: [AutomaticAnnotation]
  let date: Date

  func render() -> String {
    let dateFormatter = DateFormatter()
    dateFormatter.locale = Locale(identifier: "en_US_POSIX")
    dateFormatter.timeZone = TimeZone(identifier: "UTC")
    dateFormatter.dateFormat = "yyyy-MM-dd"
    let model = ModelCatalogue.resolve(reply.requestedModel)?.name ?? reply.modelID
    var lines = [
      "---",
      "id: \(id)",
      "scenario: \(scenario.rawValue)",
      "condition: \(prompt.condition.studyID)",
    ]
    if let variant = StudyComparison.variantText(for: prompt.condition) { lines.append("variant: \(variant)") }
    lines += [
      "model: \(Self.oneLine(model))",
      "provenance: recorded",
      "provider: \(reply.provider.rawValue)",
      "model_id: \(Self.oneLine(reply.modelID))",
      "date: \(dateFormatter.string(from: date))",
      "temperature: \(Self.temperature(reply.temperature))",
      "prompt_sha256: \(SHA256.hex(prompt.combined))",
      "outcome: \(verdict.behaviour.rawValue)",
      "title: \(Self.oneLine("Recorded reply of \(reply.modelID) to \(prompt.condition.id): \(verdict.behaviour.rawValue)"))",
      "---",
    ]
    lines += Self.safeReplyLines(replyText)
    let candidates = annotationLines()
    guard !candidates.isEmpty else { return lines.joined(separator: "\n") + "\n" }
    lines.append(TranscriptFileParser.annotationsMarker)
    let firstAnnotationLine = lines.count + 1
    let draft = (lines + candidates).joined(separator: "\n") + "\n"
    // An anchor that the parser cannot place (not found, or in two steps) is dropped rather than saved broken.
    let rejected = Set(
      ((try? TranscriptFileParser.parse(draft, file: id))?.1 ?? []).map { $0.line - firstAnnotationLine })
    let kept = candidates.enumerated().filter { !rejected.contains($0.offset) }.map(\.element)
    if kept.isEmpty { lines.removeLast() }
    return (lines + kept).joined(separator: "\n") + "\n"
  }

  /// One line per automatic annotation; every explanation starts with "Automatic:" so no view can mistake it
  /// for a person's reading.
  private func annotationLines() -> [String] {
    let parsed = ReplyParser.parse(replyText)
    var result: [String] = []
    for annotation in annotations {
      guard let step = parsed.steps.first(where: { $0.index == annotation.stepIndex }) else { continue }
      let anchor = annotation.matchedPhrase.isEmpty ? Self.openingWords(of: step.text) : annotation.matchedPhrase
      guard !anchor.contains("\""), !anchor.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      result.append("\(annotation.tag.rawValue) | \"\(anchor)\" | \(Self.oneLine(annotation.explanation))")
    }
    return result
  }

  /// The first few words of a step, used to anchor the verdict annotation on the last step.
  static func openingWords(of text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace).prefix(8).map { $0.filter { $0 != "\"" } }
    return words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }

  /// The reply's lines, with any line the parser would take for structure (the annotations marker, a
  /// front-matter fence at the very top) marked so it stays part of the reply.
  static func safeReplyLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices where lines[index].trimmingCharacters(in: .whitespaces) == TranscriptFileParser.annotationsMarker {
      lines[index] = "(" + lines[index] + ")"
    }
    return lines
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }

  static func temperature(_ value: Double) -> String {
    value == value.rounded() ? String(format: "%.1f", value) : String(value)
  }
}
