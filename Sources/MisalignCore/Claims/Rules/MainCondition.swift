/// The citation topic of each scenario's main chart.
enum CitationTopicForScenario {
  static func topic(_ scenario: PublishedResult.Scenario) -> String {
    switch scenario {
    case .blackmail: "figure-7"
    case .leaking: "figure-9"
    case .murder: "figure-11"
    }
  }
}

/// The condition each scenario's main chart uses (Figures 7, 9 and 11).
enum MainCondition {
  static func id(for scenario: PublishedResult.Scenario) -> String {
    switch scenario {
    case .blackmail: "blackmail_explicit-america_replacement"
    case .leaking: "leaking_explicit-america_none"
    case .murder: "murder_explicit-america_replacement"
    }
  }
}
