#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the lesson format documented in `Lessons/README.md`: front matter, then `## <kind>: <title>` steps.
///
/// The parser is strict on purpose: an educator's typo should stop at a file:line message rather than
/// silently drop a question.
public enum LessonParser {
  /// Directive keys, the step kinds that accept them, and whether they may repeat.
  static let directiveKinds: [String: Set<LessonStep.Kind>] = [
    "hint": Set(LessonStep.Kind.allCases),
    "question": [.predict, .quiz],
    "answer": [.predict],
    "unit": [.predict],
    "tolerance": [.predict],
    "choices": [.predict],
    "reveal": [.predict],
    "run": [.try],
    "expect": [.try],
  ]
  static let repeatableDirectives: Set<String> = ["hint", "reveal", "expect"]
  static let frontMatterKeys: Set<String> = ["id", "title", "minutes", "order", "summary", "quoted-percentages"]

  /// Parses one lesson file's text; `path` is used only in error messages.
  public static func parse(_ text: String, path: String) throws(ContentProblem) -> Lesson {
    // Control characters become visible symbols here, so no view of the lesson can pass one to the terminal.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      TerminalText.shownLine(String($0.hasSuffix("\r") ? $0.dropLast() : $0))
    }
    func fail(_ line: Int, _ message: String, _ fix: String) -> ContentProblem {
      ContentProblem(file: path, line: line, message: message, fix: fix)
    }

    let frontMatter = try FrontMatter.parse(
      lines: lines, file: path, knownKeys: frontMatterKeys, example: "`id:`, `title:`, `minutes:`, `order:` lines")
    var index = frontMatter.bodyStart
    let frontMatterEnd = index

    func required(_ key: String) throws(ContentProblem) -> FrontMatter.Entry {
      guard let entry = frontMatter[key], !entry.value.isEmpty else {
        throw fail(frontMatterEnd, "front matter has no `\(key):`", "add a `\(key): …` line before the closing `---`")
      }
      return entry
    }
    func positiveInteger(_ key: String) throws(ContentProblem) -> Int {
      let entry = try required(key)
      guard let number = Int(entry.value), number > 0 else {
        throw fail(entry.line, "`\(key): \(entry.value)` is not a positive whole number", "write e.g. `\(key): 10`")
      }
      return number
    }
    let id = try required("id")
    guard isSlug(id.value) else {
      throw fail(id.line, "id `\(id.value)` is not a slug", "use lowercase letters, digits and hyphens, e.g. `id: blackmail-scenario`")
    }
    let title = try required("title").value
    let minutes = try positiveInteger("minutes")
    let order = try positiveInteger("order")
    let summary = frontMatter["summary"].map(\.value).flatMap { $0.isEmpty ? nil : $0 }
    let quoted = (frontMatter["quoted-percentages"]?.value ?? "")
      .split(separator: ",").map { $0.trimmedWhitespace }.filter { !$0.isEmpty }

    var steps: [LessonStep] = []
    var section: StepSection?
    var inFence = false
    while index < lines.count {
      let raw = lines[index]
      let lineNumber = index + 1
      index += 1
      let trimmed = raw.trimmedWhitespace
      if trimmed.hasPrefix("```") {
        inFence.toggle()
      }
      if !inFence, raw.hasPrefix("## ") {
        if let finished = section { steps.append(try finished.build(path: path)) }
        section = try StepSection(heading: raw, line: lineNumber, path: path)
        continue
      }
      guard var current = section else {
        if trimmed.isEmpty { continue }
        throw fail(lineNumber, "text before the first step", "start a step with a heading such as `## text: Introduction`, or remove the line")
      }
      if !inFence && !trimmed.hasPrefix("```") {
        try current.take(line: raw, trimmed: trimmed, number: lineNumber, path: path)
      } else {
        current.prose.append(raw)
      }
      section = current
    }
    if inFence {
      throw fail(lines.count, "a ``` code fence is never closed", "add a closing ``` line")
    }
    if let finished = section { steps.append(try finished.build(path: path)) }
    guard !steps.isEmpty else {
      throw fail(frontMatterEnd, "the lesson has no steps", "add at least one step, e.g. `## text: Introduction` followed by prose")
    }
    return Lesson(
      id: id.value, title: title, minutes: minutes, order: order, summary: summary,
      quotedPercentages: quoted, steps: steps, sourcePath: path)
  }

  static func splitKeyValue(_ line: String) -> (String, String)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let key = line[..<colon].trimmedWhitespace.lowercased()
    guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
    let value = line[line.index(after: colon)...].trimmedWhitespace
    return (key, value)
  }

  static func isSlug(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first.isNumber else { return false }
    return text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" } && text.allSatisfy(\.isASCII)
  }
}

/// The lines of one step while it is being read.
private struct StepSection {
  var kind: LessonStep.Kind
  var title: String
  var line: Int
  var prose: [String] = []
  var directives: [String: [(value: String, line: Int)]] = [:]
  var choices: [(choice: QuizTask.Choice, line: Int)] = []

  init(heading: String, line: Int, path: String) throws(ContentProblem) {
    let text = heading.dropFirst(3).trimmedWhitespace
    let kinds = LessonStep.Kind.allCases.map(\.rawValue).joined(separator: ", ")
    guard let colon = text.firstIndex(of: ":") else {
      throw ContentProblem(
        file: path, line: line, message: "step heading `\(heading)` has no kind",
        fix: "write `## <kind>: <title>` with kind one of \(kinds); use `###` for a heading inside a step")
    }
    let kindText = text[..<colon].trimmedWhitespace.lowercased()
    guard let kind = LessonStep.Kind(rawValue: kindText) else {
      throw ContentProblem(
        file: path, line: line, message: "unknown step kind `\(kindText)`", fix: "use one of \(kinds)")
    }
    let title = text[text.index(after: colon)...].trimmedWhitespace
    guard !title.isEmpty else {
      throw ContentProblem(file: path, line: line, message: "step heading has no title", fix: "write a title after `\(kindText):`")
    }
    self.kind = kind
    self.title = title
    self.line = line
  }

  mutating func take(line raw: String, trimmed: String, number: Int, path: String) throws(ContentProblem) {
    if let choice = try Self.quizChoice(trimmed, number: number, path: path) {
      guard kind == .quiz else {
        throw ContentProblem(
          file: path, line: number, message: "a `- [x]` / `- [ ]` choice line in a \(kind.rawValue) step",
          fix: "choice lines belong to quiz steps; for a predict step use `choices: a | b | c`")
      }
      choices.append((choice, number))
      return
    }
    if let (key, value) = LessonParser.splitKeyValue(trimmed), raw.first?.isWhitespace != true,
      let allowed = LessonParser.directiveKinds[key]
    {
      guard allowed.contains(kind) else {
        let owners = allowed.map(\.rawValue).sorted().joined(separator: "/")
        throw ContentProblem(
          file: path, line: number, message: "`\(key):` does not belong in a \(kind.rawValue) step",
          fix: "`\(key):` is for \(owners) steps; remove it or change the step kind")
      }
      guard !value.isEmpty else {
        throw ContentProblem(file: path, line: number, message: "`\(key):` has no value", fix: "write the value after `\(key):` or remove the line")
      }
      if directives[key] != nil && !LessonParser.repeatableDirectives.contains(key) {
        throw ContentProblem(file: path, line: number, message: "`\(key):` appears twice in this step", fix: "keep one `\(key):` line")
      }
      directives[key, default: []].append((value, number))
      return
    }
    prose.append(raw)
  }

  static func quizChoice(_ trimmed: String, number: Int, path: String) throws(ContentProblem) -> QuizTask.Choice? {
    let lowered = trimmed.lowercased()
    let isCorrect: Bool
    if lowered.hasPrefix("- [x]") {
      isCorrect = true
    } else if lowered.hasPrefix("- [ ]") {
      isCorrect = false
    } else {
      return nil
    }
    let rest = trimmed.dropFirst(5)
    guard let separator = rest.firstRange(of: "::") else {
      throw ContentProblem(
        file: path, line: number, message: "quiz choice has no feedback",
        fix: "write `- [ ] choice text :: feedback shown when the learner picks it`")
    }
    let text = rest[..<separator.lowerBound].trimmedWhitespace
    let feedback = rest[separator.upperBound...].trimmedWhitespace
    guard !text.isEmpty else {
      throw ContentProblem(file: path, line: number, message: "quiz choice has no text", fix: "write the choice between `]` and `::`")
    }
    guard !feedback.isEmpty else {
      throw ContentProblem(file: path, line: number, message: "quiz choice has empty feedback", fix: "say after `::` why this choice is right or wrong")
    }
    return QuizTask.Choice(text: text, isCorrect: isCorrect, feedback: feedback)
  }

  func single(_ key: String) -> (value: String, line: Int)? { directives[key]?.first }

  func build(path: String) throws(ContentProblem) -> LessonStep {
    func fail(_ line: Int, _ message: String, _ fix: String) -> ContentProblem {
      ContentProblem(file: path, line: line, message: message, fix: fix)
    }
    let body = Self.trimBlankLines(prose).joined(separator: "\n")
    let hints = directives["hint"]?.map(\.value) ?? []
    let question = single("question")?.value
    let task: LessonStep.Task
    switch kind {
    case .text:
      guard !body.isEmpty else {
        throw fail(line, "text step `\(title)` has no prose", "write at least one paragraph under the heading")
      }
      task = .text
    case .predict:
      guard question != nil || !body.isEmpty || title.hasSuffix("?") else {
        throw fail(line, "predict step `\(title)` asks nothing", "add a `question:` line or prose that asks for the guess, or end the title with `?`")
      }
      guard let answer = single("answer") else {
        throw fail(line, "predict step `\(title)` has no `answer:`", "add `answer: 96` (a number) or `answer: b` with a `choices:` line")
      }
      guard let reveals = directives["reveal"] else {
        throw fail(line, "predict step `\(title)` has no `reveal:`", "add a `reveal:` line saying what the study found, with its status")
      }
      let reveal = reveals.map(\.value).joined(separator: "\n\n")
      if let choiceLine = single("choices") {
        if let unit = single("unit") ?? single("tolerance") {
          throw fail(unit.line, "`unit:` and `tolerance:` apply only to numeric answers", "remove the line, or remove `choices:`")
        }
        let choices = choiceLine.value.split(separator: "|").map { $0.trimmedWhitespace }
        guard choices.count >= 2, choices.allSatisfy({ !$0.isEmpty }) else {
          throw fail(choiceLine.line, "`choices:` needs at least two non-empty choices", "write `choices: first | second | third`")
        }
        guard let correct = ChoiceSelector.index(of: answer.value, in: choices) else {
          throw fail(answer.line, "`answer: \(answer.value)` names none of the \(choices.count) choices", "write a letter (a, b, …), a number (1, 2, …) or the exact choice text")
        }
        task = .predict(PredictTask(question: question, expected: .choice(choices: choices, correctIndex: correct), reveal: reveal))
      } else {
        guard let value = NumberReading.firstNumber(in: answer.value), NumberReading.isPlainNumber(answer.value) else {
          throw fail(answer.line, "`answer: \(answer.value)` is not a number", "write a plain number such as `answer: 96` (put `%` in `unit:`), or add `choices:`")
        }
        var tolerance = 0.0
        if let entry = single("tolerance") {
          guard let parsed = Double(entry.value), parsed >= 0 else {
            throw fail(entry.line, "`tolerance: \(entry.value)` is not a non-negative number", "write e.g. `tolerance: 5`")
          }
          tolerance = parsed
        }
        task = .predict(PredictTask(question: question, expected: .number(value: value, unit: single("unit")?.value, tolerance: tolerance), reveal: reveal))
      }
    case .quiz:
      guard question != nil || !body.isEmpty || title.hasSuffix("?") else {
        throw fail(line, "quiz step `\(title)` asks nothing", "add a `question:` line or prose with the question, or end the title with `?`")
      }
      guard choices.count >= 2 else {
        throw fail(line, "quiz step `\(title)` has \(choices.count) choice(s)", "add at least two `- [ ] text :: feedback` lines, one marked `- [x]`")
      }
      let correctCount = choices.filter(\.choice.isCorrect).count
      guard correctCount == 1 else {
        throw fail(choices[0].line, "quiz step `\(title)` marks \(correctCount) choices correct", "mark exactly one choice `- [x]`, the others `- [ ]`")
      }
      task = .quiz(QuizTask(question: question, choices: choices.map(\.choice)))
    case .try:
      guard let run = single("run") else {
        throw fail(line, "try step `\(title)` has no `run:`", "add `run: <the command the learner types>`")
      }
      guard let expects = directives["expect"] else {
        throw fail(line, "try step `\(title)` has no `expect:`", "add `expect: <command prefix>`, e.g. `expect: \(run.value)`")
      }
      task = .tryCommand(TryTask(run: run.value, expectations: expects.map { CommandExpectation($0.value) }))
    }
    return LessonStep(title: title, body: body, task: task, hints: hints, line: line)
  }

  static func trimBlankLines(_ lines: [String]) -> [String] {
    var result = lines
    while let first = result.first, first.trimmedWhitespace.isEmpty { result.removeFirst() }
    while let last = result.last, last.trimmedWhitespace.isEmpty { result.removeLast() }
    return result
  }
}
