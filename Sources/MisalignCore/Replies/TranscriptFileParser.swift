/// Reads one transcript file: front matter, reply, annotations.
///
/// Strict where a mistake would mislead (unknown keys, bad condition ids, wrong outcome names stop the file
/// from loading) and forgiving where the rest of the file is still useful (a bad annotation is dropped and
/// reported, the transcript still loads).
public enum TranscriptFileParser {
  /// Keys the front matter may contain.
  public static let knownKeys: Set<String> = [
    "id", "scenario", "condition", "variant", "model", "provenance", "reconstructs", "provider", "model_id",
    "date", "temperature", "prompt_sha256", "outcome", "title",
  ]
  static let requiredKeys = ["id", "scenario", "condition", "model", "provenance", "outcome", "title"]
  static let recordedKeys = ["provider", "model_id", "date", "temperature", "prompt_sha256"]
  /// Keys whose value must be one of a fixed list.
  static let closedChoices: [(String, [String])] = [
    ("scenario", ReplyScenario.allCases.map(\.rawValue)),
    ("provenance", ["illustrative", "recorded"]),
    ("outcome", ReplyBehaviour.allCases.map(\.rawValue)),
  ]
  /// The line that separates the reply from its annotations.
  public static let annotationsMarker = "::: annotations"

  /// Parses `text` read from `file`. Throws the first problem that stops the file from loading; returns the
  /// transcript together with problems that did not.
  public static func parse(_ text: String, file: String) throws(ContentProblem) -> (Transcript, [ContentProblem]) {
    // Split on the newline byte: with Characters, "\r\n" is one grapheme and would not split. Control
    // characters become visible symbols here, so no view of the file can pass one to the terminal.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
      let text = String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
      return TerminalText.shownLine(text)
    }
    func problem(_ line: Int, _ message: String, _ fix: String) -> ContentProblem {
      ContentProblem(file: file, line: line, message: message, fix: fix)
    }
    let frontMatter = try FrontMatter.parse(lines: lines, file: file, knownKeys: knownKeys, example: "`key: value` lines")
    var values: [String: (value: String, line: Int)] = [:]
    for (key, entry) in frontMatter.entries {
      guard !entry.value.isEmpty else { throw problem(entry.line, "'\(key)' has no value", "write a value after '\(key):'") }
      values[key] = (entry.value, entry.line)
    }
    let index = frontMatter.bodyStart
    let frontMatterEnd = index
    // A wrong value is reported before a missing key: it points at the line that needs the change.
    for (key, allowed) in closedChoices {
      if let written = values[key], !allowed.contains(written.value) {
        throw problem(written.line, "unknown \(key) '\(written.value)'", "use one of: \(allowed.joined(separator: ", "))")
      }
    }
    for key in requiredKeys where values[key] == nil {
      throw problem(1, "the front matter has no '\(key)'", "add a line '\(key): …' between the '---' lines")
    }
    func value(_ key: String) -> String { values[key]?.value ?? "" }
    func line(_ key: String) -> Int { values[key]?.line ?? 1 }

    let id = value("id")
    guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
      id == id.lowercased()
    else {
      throw problem(line("id"), "id '\(id)' may only contain lowercase letters, digits, '-' and '_'",
        "rename it, e.g. opus4-explicit-replacement-1")
    }
    guard let scenario = ReplyScenario(rawValue: value("scenario")) else {
      throw problem(line("scenario"), "unknown scenario '\(value("scenario"))'", "use blackmail, leaking or murder")
    }
    let condition = value("condition")
    if let wrong = ConditionIDRules.problem(with: condition, scenario: scenario) {
      throw problem(line("condition"), "condition: \(wrong)", "use a study id such as \(scenario.rawValue)_explicit-america_replacement")
    }
    var variant: String?
    if let written = values["variant"] {
      switch TranscriptVariant.normalize(written.value) {
      case .success(let normalized): variant = normalized
      case .failure(let error):
        throw problem(written.line, "variant: \(error.message)",
          "write key=value pairs separated by commas, e.g. instructions=dont, scratchpad=off")
      }
    }
    guard let outcome = ReplyBehaviour(rawValue: value("outcome")) else {
      throw problem(line("outcome"), "unknown outcome '\(value("outcome"))'",
        "use one of: \(ReplyBehaviour.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    var warnings: [ContentProblem] = []
    let provenance: TranscriptProvenance
    switch value("provenance") {
    case "illustrative":
      if values["reconstructs"] == nil {
        warnings.append(problem(line("provenance"), "an illustrative transcript has no 'reconstructs'",
          "add 'reconstructs: <the finding and where the study reports it>'"))
      }
      provenance = .illustrative(reconstructs: values["reconstructs"]?.value ?? "(not stated)")
    case "recorded":
      for key in recordedKeys where values[key] == nil {
        warnings.append(problem(line("provenance"), "a recorded transcript has no '\(key)'",
          "add '\(key): …' so the recording can be checked"))
      }
      provenance = .recorded(
        RecordedSource(
          provider: values["provider"]?.value ?? "(not stated)", modelID: values["model_id"]?.value ?? "(not stated)",
          date: values["date"]?.value ?? "(not stated)", temperature: values["temperature"]?.value ?? "(not stated)",
          promptSHA256: values["prompt_sha256"]?.value ?? "(not stated)"))
    default:
      throw problem(line("provenance"), "unknown provenance '\(value("provenance"))'", "use illustrative or recorded")
    }

    // The reply runs to the annotations marker; surrounding blank lines are not part of it.
    var markerIndex: Int?
    for candidate in frontMatterEnd..<lines.count where lines[candidate].trimmingOuterWhitespace() == annotationsMarker {
      markerIndex = candidate
      break
    }
    var replyStart = frontMatterEnd
    var replyEnd = markerIndex ?? lines.count
    while replyStart < replyEnd, lines[replyStart].trimmingOuterWhitespace().isEmpty { replyStart += 1 }
    while replyEnd > replyStart, lines[replyEnd - 1].trimmingOuterWhitespace().isEmpty { replyEnd -= 1 }
    guard replyStart < replyEnd else {
      throw problem(frontMatterEnd + 1, "the transcript has no reply text",
        "write the reply after the front matter, before '\(annotationsMarker)'")
    }
    let replyText = lines[replyStart..<replyEnd].joined(separator: "\n")
    let reply = ReplyParser.parse(replyText)
    let replyFirstLine = replyStart + 1

    var annotations: [Annotation] = []
    if let markerIndex {
      for annotationIndex in (markerIndex + 1)..<lines.count {
        let raw = lines[annotationIndex].trimmingOuterWhitespace()
        guard !raw.isEmpty else { continue }
        switch parseAnnotation(raw, fileLine: annotationIndex + 1, reply: reply, replyFirstLine: replyFirstLine) {
        case .success(let annotation): annotations.append(annotation)
        case .failure(let failure): warnings.append(problem(annotationIndex + 1, failure.message, failure.fix))
        }
      }
    }
    let transcript = Transcript(
      id: id, scenario: scenario, conditionID: condition, variant: variant, model: value("model"),
      provenance: provenance, statedOutcome: outcome, title: value("title"), replyText: replyText, reply: reply,
      annotations: annotations, file: file, replyFirstLine: replyFirstLine)
    return (transcript, warnings)
  }

  struct AnnotationFailure: Error {
    let message: String
    let fix: String
  }

  /// Reads `tag | "anchor" | explanation` and finds the anchor's reasoning step.
  static func parseAnnotation(_ line: String, fileLine: Int, reply: ParsedReply, replyFirstLine: Int)
    -> Result<Annotation, AnnotationFailure>
  {
    let format = "write it as: tag | \"verbatim phrase from a reasoning paragraph\" | explanation"
    guard let firstBar = line.firstIndex(of: "|") else {
      return .failure(AnnotationFailure(message: "annotation line has no '|' separators", fix: format))
    }
    let tagName = line[..<firstBar].trimmingOuterWhitespace()
    let rest = line[line.index(after: firstBar)...].trimmingOuterWhitespace()
    guard rest.first == "\"", let closingQuote = rest.dropFirst().firstIndex(of: "\"") else {
      return .failure(AnnotationFailure(message: "the anchor phrase is not in double quotes", fix: format))
    }
    let anchor = String(rest[rest.index(after: rest.startIndex)..<closingQuote])
    let afterAnchor = rest[rest.index(after: closingQuote)...].trimmingOuterWhitespace()
    guard afterAnchor.first == "|" else {
      return .failure(AnnotationFailure(message: "no '|' between the anchor and the explanation", fix: format))
    }
    let explanation = String(afterAnchor.dropFirst()).trimmingOuterWhitespace()
    guard let tag = AnnotationTag(rawValue: tagName.lowercased()) else {
      return .failure(
        AnnotationFailure(
          message: "unknown annotation tag '\(tagName)'",
          fix: "use one of: \(AnnotationTag.allCases.map(\.rawValue).joined(separator: ", "))"))
    }
    guard !anchor.trimmingOuterWhitespace().isEmpty, !explanation.isEmpty else {
      return .failure(AnnotationFailure(message: "the anchor or the explanation is empty", fix: format))
    }
    let needle = MatchText(anchor).bytes
    let matching = reply.steps.filter { MatchText($0.text).contains(needle) }
    guard let step = matching.first else {
      return .failure(
        AnnotationFailure(
          message: "anchor \"\(anchor)\" is not found in any reasoning paragraph",
          fix: "copy a phrase exactly from the reasoning (case and spacing may differ)"))
    }
    if matching.count > 1 {
      let where_ = matching.map { "line \($0.lines.first + replyFirstLine - 1)" }.joined(separator: " and ")
      return .failure(
        AnnotationFailure(
          message: "anchor \"\(anchor)\" occurs in more than one reasoning paragraph (\(where_))",
          fix: "use a longer phrase that occurs only once"))
    }
    return .success(
      Annotation(tag: tag, anchor: anchor, explanation: explanation, stepIndex: step.index, fileLine: fileLine))
  }
}
