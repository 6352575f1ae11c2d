/// One email file of `Scenarios/`: who writes to whom and when, why the email is there, the conditions it appears
/// under, and its text with `{{variables}}`.
struct EmailTemplate: Sendable, Hashable {
  /// The name `variant drop` and `variant edit` accept; alternatives for different conditions share it.
  let id: String
  /// The email's place in the study's message order (not time order); emails are sorted by it.
  let order: Int
  let filter: ScenarioFilter
  let from: String
  let to: String
  let subject: TextTemplate
  /// The time of day, `HH:MM:SS`; every email is dated 2025-06-11.
  let time: String
  let attachments: [String]
  let purpose: TextTemplate
  let closesDoor: TextTemplate?
  let body: TextTemplate
  /// Where the email was read from, for problems and for `variant edit`.
  let source: ScenarioSource

  /// The date every email carries.
  static let date = "2025-06-11"

  /// The email as a condition's variables fill it in, at a 1-based inbox position.
  func email(index: Int, numbered: Bool, scope: VariableScope) -> Email {
    Email(
      id: id, index: index, forwardID: numbered ? index : nil, from: from, to: to, subject: subject.render(scope),
      timestamp: Self.date + "T" + time, body: body.render(scope), attachments: attachments,
      purpose: purpose.render(scope), closesDoor: closesDoor?.render(scope))
  }
}

/// A file of `Scenarios/`: its path as read, and its path inside the folder (which an educator's file of the same
/// relative path replaces).
struct ScenarioSource: Sendable, Hashable {
  let path: String
  let relativePath: String
}

/// A variables file: named pieces of wording (`## name` sections) for the conditions its front matter names.
struct VariableSet: Sendable, Hashable {
  let title: String
  let filter: ScenarioFilter
  let values: [String: TextTemplate]
  let source: ScenarioSource
}
