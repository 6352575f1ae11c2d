/// Each scenario's main chart: the condition it uses (Figures 7, 9 and 11) and its citation topic.
enum MainCondition {
  /// The condition id of the scenario's main chart.
  static func id(for scenario: PublishedResult.Scenario) -> String {
    switch scenario {
    case .blackmail: "blackmail_explicit-america_replacement"
    case .leaking: "leaking_explicit-america_none"
    case .murder: "murder_explicit-america_replacement"
    }
  }

  /// The citation topic of the scenario's main chart.
  static func citationTopic(for scenario: PublishedResult.Scenario) -> String {
    switch scenario {
    case .blackmail: "figure-7"
    case .leaking: "figure-9"
    case .murder: "figure-11"
    }
  }
}
