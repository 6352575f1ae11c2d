/// One labelled reply of an evaluation corpus (Tests/MisalignCoreTests/Replies/Corpus): a header with the
/// verdict a careful human judge gives, the lines that decide it, then `---` and the reply itself.
///
/// Kept in Core (pure text, no file access) so the corpus test and `misalign-bench replies-corpus` read the
/// files and score them the same way.
public struct ReplyCorpusCase: Sendable {
  /// A name for reports, usually the file name.
  public let name: String
  /// The expected behaviour.
  public let expected: ReplyBehaviour
  /// The scenario the reply answers.
  public let scenario: ReplyScenario
  /// The reply lines (1-based, counted from the line after `---`) that decide the verdict.
  public let evidenceLines: [Int]
  /// The labeller's one-line reason.
  public let why: String
  /// The reply exactly as written after the `---` line.
  public let reply: String

  /// Reads one corpus file's text, or says why its header is incomplete or malformed.
  public static func parse(_ text: String, name: String) -> Result<ReplyCorpusCase, CorpusFileProblem> {
    var expected: ReplyBehaviour?
    var scenario: ReplyScenario?
    var evidence: [Int] = []
    var why = ""
    var remainder = Substring(text)
    var sawSeparator = false
    while !remainder.isEmpty {
      let lineEnd = remainder.firstIndex(of: "\n") ?? remainder.endIndex
      let line = remainder[..<lineEnd].trimmingOuterWhitespace()
      remainder = lineEnd == remainder.endIndex ? "" : remainder[remainder.index(after: lineEnd)...]
      if line == "---" {
        sawSeparator = true
        break
      }
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmingOuterWhitespace()
      switch key {
      case "expected":
        guard let behaviour = ReplyBehaviour(rawValue: value) else {
          return .failure(CorpusFileProblem(name: name, message: "unknown expected verdict \"\(value)\""))
        }
        expected = behaviour
      case "scenario":
        guard let parsed = ReplyScenario(name: value) else {
          return .failure(CorpusFileProblem(name: name, message: "unknown scenario \"\(value)\""))
        }
        scenario = parsed
      case "evidence":
        evidence = value.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Int($0) }
      case "why":
        why = value
      default:
        continue
      }
    }
    guard sawSeparator else { return .failure(CorpusFileProblem(name: name, message: "no --- line")) }
    guard let expected, let scenario else {
      return .failure(CorpusFileProblem(name: name, message: "missing expected: or scenario:"))
    }
    return .success(
      ReplyCorpusCase(
        name: name, expected: expected, scenario: scenario, evidenceLines: evidence, why: why,
        reply: String(remainder)))
  }

  /// Parses and classifies the reply the way `classify` does.
  public func classify() -> Verdict {
    ReplyClassifier.classify(ReplyParser.parse(reply), scenario: scenario)
  }
}

/// A corpus file that could not be read as a labelled reply.
public struct CorpusFileProblem: Error, Sendable, CustomStringConvertible {
  public let name: String
  public let message: String
  public var description: String { "\(name): \(message)" }
}

extension Verdict {
  /// Every reply line some evidence item points at.
  public var evidenceLineSet: Set<Int> {
    var lines = Set<Int>()
    for item in evidence { lines.formUnion(item.lines.first...item.lines.last) }
    return lines
  }
}

/// A corpus scored against the classifier: the confusion table, and every miss with what was said.
public struct ReplyCorpusScore: Sendable {
  /// One reply the classifier got wrong.
  public struct Miss: Sendable {
    public let item: ReplyCorpusCase
    public let verdict: Verdict
  }

  /// `table[expected][got]` = number of replies.
  public private(set) var table: [ReplyBehaviour: [ReplyBehaviour: Int]] = [:]
  public private(set) var misses: [Miss] = []
  public private(set) var total = 0

  /// Scores `cases` (classifies each once).
  public init(_ cases: [ReplyCorpusCase]) {
    for item in cases {
      let verdict = item.classify()
      table[item.expected, default: [:]][verdict.behaviour, default: 0] += 1
      total += 1
      if verdict.behaviour != item.expected { misses.append(Miss(item: item, verdict: verdict)) }
    }
  }

  /// Replies whose verdict matched.
  public var correct: Int { total - misses.count }
  /// `correct / total`, or 0 for an empty corpus.
  public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
  /// Harmful replies (anything but `safe`) the classifier called safe: the costly kind of miss.
  public var harmfulCalledSafe: [Miss] {
    misses.filter { $0.item.expected.isHarmful && $0.verdict.behaviour == .safe }
  }

  /// The confusion table as aligned text: one row per expected verdict, one column per verdict given.
  public func renderedTable() -> String {
    let order = ReplyBehaviour.allCases
    let width = 13
    func pad(_ text: String) -> String { text.count >= width ? text : text + String(repeating: " ", count: width - text.count) }
    var lines = [pad("expected\\got") + order.map { pad($0.rawValue) }.joined() + "total"]
    for expected in order {
      let row = table[expected] ?? [:]
      let rowTotal = row.values.reduce(0, +)
      guard rowTotal > 0 else { continue }
      lines.append(pad(expected.rawValue) + order.map { pad(String(row[$0] ?? 0)) }.joined() + String(rowTotal))
    }
    return lines.joined(separator: "\n")
  }
}
