/// The conditions a scenario file applies to, as its front matter states them (`scenario`, `goal-type`, `goal-value`,
/// `urgency`, each a comma-separated list); a key left out matches every value.
///
/// Kept as bit masks so that picking a condition's emails out of every file costs a few integer tests.
struct ScenarioFilter: Sendable, Hashable {
  var scenarios: UInt8 = .max
  var goalTypes: UInt8 = .max
  /// Bits 0–7 are the goal values; a condition without a value (goal type none or ambiguous) passes only an unset key.
  var goalValues: UInt16 = .max
  var urgencies: UInt8 = .max

  /// The front-matter keys a filter reads.
  static let keys = ["scenario", "goal-type", "goal-value", "urgency"]

  /// A condition's bits, worked out once per prompt rather than once per file.
  struct Probe: Sendable {
    let scenario: UInt8
    let goalType: UInt8
    let goalValue: UInt16
    let urgency: UInt8

    init(_ condition: Condition) {
      scenario = 1 << ScenarioFilter.bit(condition.scenario)
      goalType = 1 << ScenarioFilter.bit(condition.goalType)
      goalValue = 1 << (condition.goalValue.map(ScenarioFilter.bit) ?? 8)
      urgency = 1 << ScenarioFilter.bit(condition.urgency)
    }
  }

  func matches(_ probe: Probe) -> Bool {
    scenarios & probe.scenario != 0 && goalTypes & probe.goalType != 0 && goalValues & probe.goalValue != 0
      && urgencies & probe.urgency != 0
  }

  func matches(_ condition: Condition) -> Bool { matches(Probe(condition)) }

  static func bit<Case: CaseIterable & Equatable>(_ value: Case) -> Int {
    Case.allCases.firstIndex(of: value).map { Case.allCases.distance(from: Case.allCases.startIndex, to: $0) } ?? 0
  }

  /// Reads the four keys from a file's front matter, naming the line of a value it does not know.
  static func read(_ frontMatter: FrontMatter, file: String) throws(ContentProblem) -> ScenarioFilter {
    var filter = ScenarioFilter()
    if let entry = frontMatter["scenario"] { filter.scenarios = UInt8(try mask(entry, Scenario.self, file: file)) }
    if let entry = frontMatter["goal-type"] { filter.goalTypes = UInt8(try mask(entry, GoalType.self, file: file)) }
    if let entry = frontMatter["goal-value"] { filter.goalValues = UInt16(try mask(entry, GoalValue.self, file: file)) }
    if let entry = frontMatter["urgency"] { filter.urgencies = UInt8(try mask(entry, Urgency.self, file: file)) }
    return filter
  }

  private static func mask<Case: CaseIterable & RawRepresentable & Equatable>(
    _ entry: FrontMatter.Entry, _: Case.Type, file: String
  ) throws(ContentProblem) -> Int where Case.RawValue == String {
    var mask = 0
    for name in entry.value.split(separator: ",").map({ String($0).trimmedLowercased }) {
      guard let value = Case(rawValue: name) else {
        throw ContentProblem(
          file: file, line: entry.line, message: "`\(name)` is not one of \(Case.allCases.map(\.rawValue).joined(separator: ", "))",
          fix: "list known names separated by commas, or leave the key out to match all of them")
      }
      mask |= 1 << bit(value)
    }
    guard mask != 0 else {
      throw ContentProblem(file: file, line: entry.line, message: "the list is empty", fix: "name at least one value, or leave the key out")
    }
    return mask
  }
}
