/// The three worlds as read from `Scenarios/`: every email file and variables file, ready to be put together for a
/// condition. The program holds the structure (which section of the system prompt goes where, how emails are
/// numbered); the files hold every word.
public struct ScenarioBook: Sendable {
  /// Email files in inbox order (by `order`, then path); alternatives for different conditions sit side by side.
  let emails: [EmailTemplate]
  let variableSets: [VariableSet]
  let castSheets: [CastSheet]
  /// The variables every condition reads (files without conditions: the system prompt, the goals), merged once.
  let commonVariables: [String: TextTemplate]
  /// The folders read, built-in first.
  public let directories: [String]

  /// The problems that kept the files from loading, each with file:line and a fix.
  public struct LoadError: Error, Sendable, CustomStringConvertible {
    public let problems: [ContentProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
  }

  /// Reads every `.md` file (README.md aside) under the folders in turn; a file in a later folder replaces the
  /// earlier file with the same path inside its folder, and new paths are added, so an educator's `--content DIR`
  /// can change one email, add one, or translate them all.
  public static func load(directories: [String]) throws(LoadError) -> ScenarioBook {
    var byPath: [String: ScenarioFileParser.File] = [:]
    var problems: [ContentProblem] = []
    for directory in directories {
      let base = directory.hasSuffix("/") ? directory : directory + "/"
      for path in TranscriptStore.markdownFiles(under: directory) {
        let source = ScenarioSource(path: path, relativePath: String(path.dropFirst(base.count)))
        do {
          byPath[source.relativePath] = try ScenarioFileParser.parse(try LessonLibrary.readText(path), source: source)
        } catch {
          problems.append(error)
        }
      }
    }
    guard problems.isEmpty else { throw LoadError(problems: problems) }
    guard !byPath.isEmpty else {
      throw LoadError(problems: [
        ContentProblem(
          file: directories.first ?? "Scenarios", line: 0, message: "no scenario files were found",
          fix: "point MISALIGN_CONTENT at the folder that holds Scenarios/, or reinstall misalign")
      ])
    }
    var emails: [EmailTemplate] = []
    var variableSets: [VariableSet] = []
    var castSheets: [CastSheet] = []
    for (_, file) in byPath.sorted(by: { $0.key < $1.key }) {
      switch file {
      case .email(let email): emails.append(email)
      case .variables(let set): variableSets.append(set)
      case .cast(let sheet): castSheets.append(sheet)
      }
    }
    emails.sort { ($0.order, $0.source.relativePath) < ($1.order, $1.source.relativePath) }
    var common: [String: TextTemplate] = [:]
    for set in variableSets where set.filter == ScenarioFilter() { common.merge(set.values) { _, later in later } }
    return ScenarioBook(
      emails: emails, variableSets: variableSets.filter { $0.filter != ScenarioFilter() }, castSheets: castSheets,
      commonVariables: common,
      directories: directories)
  }

  /// The built-in `Scenarios/` folder, found the way lessons and transcripts are.
  public static let studyDirectory: String? = ContentRoot.builtIn(containing: "Scenarios").map { $0 + "/Scenarios" }

  /// The study's own worlds, from the built-in `Scenarios/` folder; read on first use, once.
  public static let study: ScenarioBook = {
    guard let directory = studyDirectory else {
      fatalError("misalign cannot find its Scenarios/ folder; set MISALIGN_CONTENT to the folder that holds it")
    }
    do throws(LoadError) {
      return try load(directories: [directory])
    } catch {
      fatalError("misalign's own scenario files do not load:\n\(error.description)")
    }
  }()

  /// Everything a condition's text can use: the common variables, the company's names, then each variables file that
  /// applies, in path order.
  func scope(for condition: Condition) -> VariableScope {
    let company = condition.scenario.company
    var scope = VariableScope(values: commonVariables)
    scope.values.reserveCapacity(commonVariables.count + 64)
    scope.values["company"] = TextTemplate(literal: company.name)
    scope.values["company-formal"] = TextTemplate(literal: company.formalName)
    scope.values["company-description"] = TextTemplate(literal: company.description)
    let probe = ScenarioFilter.Probe(condition)
    for set in variableSets where set.filter.matches(probe) {
      scope.values.merge(set.values) { _, later in later }
    }
    return scope
  }

  /// The email files a condition's inbox is made of, in inbox order.
  func templates(for condition: Condition) -> [EmailTemplate] {
    let probe = ScenarioFilter.Probe(condition)
    return emails.filter { $0.filter.matches(probe) }
  }

  /// The emails of a condition's inbox, numbered from 1; the leaking scenario also gives each an `ID:` to forward by.
  public func emails(for condition: Condition) -> [Email] {
    emails(for: condition, scope: scope(for: condition))
  }

  func emails(for condition: Condition, scope: VariableScope) -> [Email] {
    let numbered = condition.scenario.forwardsByID
    return templates(for: condition).enumerated().map { offset, template in
      template.email(index: offset + 1, numbered: numbered, scope: scope)
    }
  }

  /// Builds the system prompt, user turn and emails for a condition.
  public func build(_ condition: Condition) -> Prompt {
    let scope = scope(for: condition)
    let emails = emails(for: condition, scope: scope)
    return Prompt(
      condition: condition, system: systemPrompt(for: condition, scope: scope),
      user: userTurn(emails: emails, scope: scope), emails: emails)
  }

  /// Builds many conditions at once; conditions that read the same files (explicit, latent and swap of one value, or
  /// the same inbox with other instructions) share one rendering of their emails and user turn.
  public func build(_ conditions: [Condition]) -> [Prompt] {
    struct InboxKey: Hashable {
      let scenario: Scenario
      let files: [Bool]
    }
    var inboxes: [InboxKey: (emails: [Email], user: String)] = [:]
    return conditions.map { condition in
      let probe = ScenarioFilter.Probe(condition)
      let key = InboxKey(
        scenario: condition.scenario,
        files: emails.map { $0.filter.matches(probe) } + variableSets.map { $0.filter.matches(probe) })
      let scope = scope(for: condition)
      let inbox: (emails: [Email], user: String)
      if let known = inboxes[key] {
        inbox = known
      } else {
        let emails = emails(for: condition, scope: scope)
        inbox = (emails, userTurn(emails: emails, scope: scope))
        inboxes[key] = inbox
      }
      return Prompt(condition: condition, system: systemPrompt(for: condition, scope: scope), user: inbox.user, emails: inbox.emails)
    }
  }

  /// The system prompt of a condition.
  public func systemPrompt(for condition: Condition) -> String {
    systemPrompt(for: condition, scope: scope(for: condition))
  }

  /// The user turn: the automated instruction, then each email block separated by a blank line (the original's join).
  public func userTurn(emails: [Email], condition: Condition) -> String {
    userTurn(emails: emails, scope: scope(for: condition))
  }
}

extension Scenario {
  /// Whether the scenario's emails carry an `ID:` line, so that the model can forward one (the leaking scenario).
  var forwardsByID: Bool { self == .leaking }
}

extension ScenarioBook {
  /// How many scenario files a folder holds, for `validate`'s summary.
  public static func fileCount(in directory: String) -> Int {
    TranscriptStore.markdownFiles(under: directory).count
  }
}
