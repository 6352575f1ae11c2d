import Foundation
import MisalignCore
@_spi(Fuzzing) import MisalignLive
@_spi(Fuzzing) import MisalignShell

/// The invariants each fuzz target asserts, callable from the libFuzzer entry point
/// (Sources/misalign-fuzz, built only with MISALIGN_FUZZ=1) and from the ordinary tests.
/// Each check takes raw input bytes and returns the violations it found, in plain words; an empty
/// list means every invariant held.
public enum FuzzChecks {
  /// One fuzz target: its name, the shipped files its seed corpus is made from, and its check.
  public struct Target: Sendable {
    public let name: String
    /// Paths (relative to the package root) of folders or files whose contents seed the corpus.
    public let seeds: [String]
    /// File-name endings picked from the seed folders.
    public let seedExtensions: [String]
    /// The checks on the input as given, however long.
    public let checkUncut: @Sendable ([UInt8]) -> [String]

    init(name: String, seeds: [String], seedExtensions: [String], check: @escaping @Sendable ([UInt8]) -> [String]) {
      self.name = name
      self.seeds = seeds
      self.seedExtensions = seedExtensions
      self.checkUncut = check
    }

    /// The checks on the input cut to `maximumInput` bytes, so one fuzz run stays short.
    public func check(_ bytes: [UInt8]) -> [String] { checkUncut(Array(bytes.prefix(FuzzChecks.maximumInput))) }
  }

  /// Inputs longer than this are cut before checking, so one run stays short.
  public static let maximumInput = 64 * 1024

  public static let targets: [Target] = [
    Target(name: "tokenizer", seeds: ["Lessons", "Tests/FuzzSeeds/tokenizer"], seedExtensions: ["md", "txt"], check: tokenizer),
    Target(name: "claims", seeds: ["Tests/MisalignCoreTests/Claims/Corpus"], seedExtensions: ["tsv", "txt", "md"], check: claims),
    Target(name: "reply", seeds: ["Transcripts", "Scenarios", "Tests/MisalignCoreTests/Replies/Corpus", "Tests/FuzzSeeds/views"], seedExtensions: ["md", "txt"], check: reply),
    Target(name: "transcript", seeds: ["Transcripts", "Tests/FuzzSeeds/views"], seedExtensions: ["md"], check: transcript),
    Target(name: "lesson", seeds: ["Lessons", "Tests/FuzzSeeds/views"], seedExtensions: ["md"], check: lesson),
    Target(name: "results-tsv", seeds: ["Sources/MisalignCore/Study/Results"], seedExtensions: ["tsv"], check: resultsTSV),
    Target(name: "claims-tsv", seeds: ["Sources/MisalignCore/Claims"], seedExtensions: ["tsv"], check: claimsTSV),
    Target(name: "progress", seeds: ["Tests/FuzzSeeds/progress"], seedExtensions: ["progress"], check: progress),
    Target(name: "stream", seeds: ["Tests/FuzzSeeds/stream"], seedExtensions: ["sse"], check: stream),
    Target(name: "config", seeds: ["Tests/FuzzSeeds/config"], seedExtensions: ["conf"], check: config),
  ]

  public static func target(named name: String) -> Target? { targets.first { $0.name == name } }

  static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// A message shown to the user must not carry a raw ESC (or other C0 control but tab/newline).
  public static func inert(_ message: String, _ what: String) -> [String] {
    message.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
      ? ["\(what) carries a control character: \(message.debugDescription.prefix(200))"] : []
  }

  /// What a view sends to the terminal: with colour off, no control character at all; with colour on,
  /// none but the program's own colour codes (ESC `[` digits `m`). A raw ESC copied from the input
  /// shows up in the colour-off view, where nothing may hide it.
  public static func terminalSafe(_ view: String, colour: Bool, _ what: String) -> [String] {
    guard colour else { return inert(view, what + " (colour off)") }
    var stripped = String.UnicodeScalarView()
    var scalars = view.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\u{1B}", scalars.first == "[" {
        let body = scalars.dropFirst().prefix { ("0"..."9").contains($0) || $0 == ";" }
        let end = scalars.dropFirst(1 + body.count).first
        if end == "m" {
          scalars = scalars.dropFirst(2 + body.count)
          continue
        }
      }
      stripped.append(scalar)
    }
    return inert(String(stripped), what + " (colour on)")
  }

  /// Marks the main queue, so code can tell whether it runs there: Swift Testing drains the main
  /// queue on a worker thread, where `Thread.isMainThread` is false but a `sync` onto it deadlocks.
  private static let mainQueueKey: DispatchSpecificKey<Bool> = {
    let key = DispatchSpecificKey<Bool>()
    DispatchQueue.main.setSpecific(key: key, value: true)
    return key
  }()

  /// Runs `body` on the main actor: directly when already there (the libFuzzer entry runs on the main
  /// thread, a `@MainActor` test on the main queue), otherwise by waiting for the main queue.
  static func onMain<T: Sendable>(_ body: @MainActor () -> T) -> T {
    if Thread.isMainThread || DispatchQueue.getSpecific(key: mainQueueKey) == true {
      return MainActor.assumeIsolated { body() }
    }
    return DispatchQueue.main.sync { MainActor.assumeIsolated { body() } }
  }

  /// Both colour settings of one view.
  static func views(_ what: String, _ draw: @MainActor (Bool) -> String?) -> [String] {
    onMain {
      [false, true].flatMap { colour in draw(colour).map { terminalSafe($0, colour: colour, what) } ?? [] }
    }
  }

  // MARK: - tokenizer

  /// Quotes a word so the tokenizer reads it back unchanged: single quotes, with `'` written as `'\''`.
  public static func quote(_ word: String) -> String {
    // By scalar: a `'` that a combining mark joins into one Character (`'` + U+0616) is still a quote to
    // the tokenizer, and a Character-level replacement would leave it unescaped (found by the fuzzer).
    var quoted = String.UnicodeScalarView()
    quoted.append("'")
    for scalar in word.unicodeScalars {
      if scalar == "'" { quoted.append(contentsOf: "'\\''".unicodeScalars) } else { quoted.append(scalar) }
    }
    quoted.append("'")
    return String(quoted)
  }

  @Sendable public static func tokenizer(_ bytes: [UInt8]) -> [String] {
    let line = text(bytes)
    var problems: [String] = []
    _ = Tokenizer.partial(line)
    let commands: [Tokenizer.Command]
    do { commands = try Tokenizer.split(line) } catch {
      return inert(error.description, "tokenizer error")
    }
    // Columns count the scanner's characters, where a syntax character is split from a combining mark.
    let length = line.unicodeScalars.count
    for command in commands {
      if command.words.count != command.columns.count { problems.append("words and columns differ in number") }
      for column in command.columns where column < 0 || column >= length {
        problems.append("column \(column) outside the line of \(length) characters")
      }
    }
    let requoted = commands.map { $0.words.map(quote).joined(separator: " ") }.joined(separator: " ; ")
    do {
      let again = try Tokenizer.split(requoted)
      if again.map(\.words) != commands.map(\.words) {
        problems.append("re-quoted line reads differently: \(commands.map(\.words)) vs \(again.map(\.words))")
      }
    } catch {
      problems.append("re-quoted line fails to tokenize: \(error)")
    }
    return problems
  }

  // MARK: - claims

  static let checker: ClaimChecker? = try? ClaimChecker.bundled()

  @Sendable public static func claims(_ bytes: [UInt8]) -> [String] {
    let sentence = text(bytes)
    guard let checker else { return ["the bundled claim checker failed to load"] }
    let check = checker.check(sentence)
    var problems: [String] = []
    // The checker shows control characters as visible symbols (ESC as ␛), and otherwise keeps the sentence.
    if check.sentence != TerminalText.neutralise(sentence) && check.sentence != sentence {
      problems.append("the check is about a different sentence")
    }
    let folded = check.sentence.lowercased()
    // Quantity spans are left out: the recogniser names an implied quantity ("zero" for "every model
    // … never") in words the sentence does not contain, which is its design, not a bug.
    for element in check.recognised.elements where !element.span.isEmpty && element.kind != .quantity {
      // Spans are the sentence's own words; compare loosely (case, whitespace runs).
      let words = element.span.lowercased().split(whereSeparator: \.isWhitespace)
      if let first = words.first, !folded.contains(first) {
        problems.append("\(element.kind) span \(element.span.debugDescription) is not in the sentence")
      }
    }
    for reason in check.reasons { problems += inert(reason, "claim reason") }
    problems += views("check view") { RenderedViews.check(check, colour: $0) }
    return problems
  }

  // MARK: - replies

  static func rangeProblems(_ parsed: ParsedReply) -> [String] {
    let bound = max(parsed.lineCount, 1)
    var ranges: [(String, ReplyLineRange)] = []
    ranges += parsed.reasoningBlocks.map { ("reasoning block", $0.lines) }
    ranges += parsed.steps.map { ("step \($0.index)", $0.lines) }
    for call in parsed.toolCalls {
      ranges.append(("tool call \(call.name)", call.lines))
      ranges += call.fields.map { ("tool field", $0.lines) }
    }
    for scenario in ReplyScenario.allCases {
      ranges += ReplyClassifier.classify(parsed, scenario: scenario).evidence.map { ("\(scenario) evidence", $0.lines) }
    }
    return ranges.compactMap { name, range in
      range.first >= 1 && range.last <= bound && range.first <= range.last
        ? nil : "\(name) lines \(range) outside 1–\(bound)"
    }
  }

  @Sendable public static func reply(_ bytes: [UInt8]) -> [String] {
    let reply = text(bytes)
    let parsed = ReplyParser.parse(reply)
    var problems = rangeProblems(parsed)
    if parsed.text != reply { problems.append("parsed text differs from the input") }
    let lines = reply.split(separator: "\n", omittingEmptySubsequences: false).count
    if parsed.lineCount > lines { problems.append("line count \(parsed.lineCount) above the \(lines) lines of input") }
    for note in parsed.parseNotes { problems += inert(note, "parse note") }
    problems += views("classify view") { RenderedViews.classify(reply: reply, colour: $0) }
    return problems
  }

  // MARK: - content files

  static func problemChecks(_ problem: ContentProblem, lines: Int) -> [String] {
    var problems = inert(problem.description, "content problem")
    if problem.line < 0 || problem.line > lines + 1 { problems.append("problem at line \(problem.line) of a \(lines)-line file") }
    if problem.message.isEmpty || problem.fix.isEmpty { problems.append("problem without message or fix") }
    return problems
  }

  static func lineCount(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: false).count }

  @Sendable public static func transcript(_ bytes: [UInt8]) -> [String] {
    let file = text(bytes)
    let lines = lineCount(file)
    do {
      let (transcript, warnings) = try TranscriptFileParser.parse(file, file: "fuzz.md")
      var problems = warnings.flatMap { problemChecks($0, lines: lines) }
      problems += rangeProblems(transcript.reply)
      if transcript.replyFirstLine < 1 || transcript.replyFirstLine > lines + 1 {
        problems.append("reply starts at line \(transcript.replyFirstLine) of \(lines)")
      }
      for annotation in transcript.annotations where annotation.fileLine < 1 || annotation.fileLine > lines {
        problems.append("annotation at line \(annotation.fileLine) of \(lines)")
      }
      problems += views("show view") { RenderedViews.transcript(file: file, colour: $0) }
      return problems
    } catch {
      return problemChecks(error, lines: lines)
    }
  }

  @Sendable public static func lesson(_ bytes: [UInt8]) -> [String] {
    let file = text(bytes)
    do {
      let lesson = try LessonParser.parse(file, path: "fuzz.md")
      if lesson.steps.isEmpty { return ["a lesson parsed with no steps"] }
      return views("lesson view") { RenderedViews.lesson(file: file, colour: $0) }
    } catch {
      return problemChecks(error, lines: lineCount(file))
    }
  }

  @Sendable public static func resultsTSV(_ bytes: [UInt8]) -> [String] {
    let file = text(bytes)
    do {
      let results = try PublishedResults(parsing: file, file: "fuzz.tsv")
      return results.all.compactMap { row in results.result(id: row.id) == nil ? "row \(row.id) not found by its id" : nil }
    } catch {
      var problems = inert(error.description, "results error")
      if error.line < 0 || error.line > lineCount(file) + 1 { problems.append("results error at line \(error.line)") }
      return problems
    }
  }

  @Sendable public static func claimsTSV(_ bytes: [UInt8]) -> [String] {
    do { _ = try ClaimsCatalogue(tsv: text(bytes), file: "fuzz.tsv"); return [] } catch {
      return inert("\(error)", "claims catalogue error")
    }
  }

  @Sendable public static func progress(_ bytes: [UInt8]) -> [String] {
    let file = text(bytes)
    do {
      let progress = try ProgressFileFormat.decode(file)
      let encoded = ProgressFileFormat.encode(progress)
      // Encoding writes answers on one line (other whitespace becomes a space), so the saved form,
      // not the hand-edited one, is the fixed point.
      let again = ProgressFileFormat.encode(try ProgressFileFormat.decode(encoded))
      return again == encoded ? [] : ["progress file changes on decode → encode: \(encoded.debugDescription) vs \(again.debugDescription)"]
    } catch {
      return inert(error.description, "progress error")
    }
  }

  // MARK: - live

  /// Splits a byte stream into server-sent events the simple way: blank lines end events,
  /// `event:` names one, `data:` lines join with newlines.
  static func events(_ text: String) -> [(event: String?, data: String)] {
    var events: [(event: String?, data: String)] = []
    var name: String?
    var data: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        if !data.isEmpty { events.append((name, data.joined(separator: "\n"))) }
        name = nil
        data = []
      } else if line.hasPrefix("event:") {
        name = line.dropFirst(6).trimmingCharacters(in: .whitespaces)
      } else if line.hasPrefix("data:") {
        data.append(String(line.dropFirst(5).drop { $0 == " " }))
      }
    }
    if !data.isEmpty { events.append((name, data.joined(separator: "\n"))) }
    return events
  }

  @Sendable public static func stream(_ bytes: [UInt8]) -> [String] {
    let events = events(text(bytes))
    var problems: [String] = []
    for anthropic in [true, false] {
      let outcome = StreamDecoderProbe.decode(events, anthropic: anthropic)
      if let error = outcome.error { problems += inert(error, "stream error") }
      if let first = outcome.completeAfterEach.firstIndex(of: true), outcome.completeAfterEach[first...].contains(false) {
        problems.append("a complete stream became incomplete again")
      }
    }
    return problems
  }

  @Sendable public static func config(_ bytes: [UInt8]) -> [String] {
    var settings = LiveSettings.defaults
    do {
      try ConfigFile.apply(text(bytes), file: "fuzz.conf", to: &settings)
      return []
    } catch {
      return inert(error.description, "config error")
    }
  }

  /// A small deterministic generator (SplitMix64) so test runs mutate the same way every time.
  public struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Bytes that matter to these parsers, used as insertions by `mutate`.
  static let interesting: [[UInt8]] = [
    Array("\"".utf8), Array("'".utf8), Array("\\".utf8), Array(";".utf8), Array("#".utf8), Array("\n".utf8),
    Array("\n\n".utf8), Array("---\n".utf8), Array("\t".utf8), [0x1B], Array("\u{1B}[31m".utf8), [0xFF], [0],
    Array("<thinking>".utf8), Array("</thinking>".utf8), Array("<tool_use:email>".utf8), Array("</tool_use:email>".utf8),
    Array("```".utf8), Array("%".utf8), Array("96%".utf8), Array("data: ".utf8), Array("event: ".utf8),
    Array("{\"type\":\"message_stop\"}".utf8), Array("=".utf8), Array("[".utf8), Array("é".utf8), Array("\u{301}".utf8),
  ]

  /// One random mutation of `input`: flip, insert, delete, duplicate or splice.
  public static func mutate(_ input: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
    var bytes = input
    let rounds = Int.random(in: 1...4, using: &rng)
    for _ in 0..<rounds {
      let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
      switch Int.random(in: 0..<5, using: &rng) {
      case 0 where !bytes.isEmpty:
        bytes[min(at, bytes.count - 1)] = UInt8.random(in: 0...255, using: &rng)
      case 1:
        bytes.insert(contentsOf: interesting.randomElement(using: &rng)!, at: at)
      case 2 where !bytes.isEmpty:
        let end = min(bytes.count, at + Int.random(in: 1...16, using: &rng))
        bytes.removeSubrange(min(at, end)..<end)
      case 3 where !bytes.isEmpty:
        let end = min(bytes.count, at + Int.random(in: 1...32, using: &rng))
        bytes.insert(contentsOf: bytes[min(at, end)..<end], at: min(at, end))
      default:
        bytes.insert(UInt8.random(in: 0...255, using: &rng), at: at)
      }
    }
    return Array(bytes.prefix(maximumInput))
  }

  /// The seed inputs for `target` under the package root `root`; each file, and for line-oriented
  /// targets also each of its lines.
  public static func seeds(for target: Target, root: String) -> [[UInt8]] {
    var seeds: [[UInt8]] = []
    let manager = FileManager.default
    for seed in target.seeds {
      let base = root + "/" + seed
      var files: [String] = []
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: base, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        let walker = manager.enumerator(atPath: base)
        while let path = walker?.nextObject() as? String {
          if target.seedExtensions.contains(where: { path.hasSuffix("." + $0) }) { files.append(base + "/" + path) }
        }
      } else {
        files.append(base)
      }
      for file in files.sorted() {
        guard let data = manager.contents(atPath: file) else { continue }
        seeds.append(Array(data.prefix(maximumInput)))
        if ["tokenizer", "claims", "config"].contains(target.name) {
          for line in data.split(separator: UInt8(ascii: "\n")).prefix(400) { seeds.append(Array(line)) }
        }
      }
    }
    return seeds
  }
}
