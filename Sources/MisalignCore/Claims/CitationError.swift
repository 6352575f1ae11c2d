/// A citation was asked for a topic the program does not know.
public struct CitationError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The topic as it was asked for.
  public let topic: String
  /// The topics that can be cited.
  public let validTopics: [String]

  /// The message to show: what was asked for, and what can be asked for instead.
  public var description: String {
    "no citation for \"\(topic)\". Valid topics: \(validTopics.joined(separator: ", ")) (also accepted: \(CitationTopics.aliases.joined(separator: ", "))); or a result id such as fig7-claude-opus-4 (see `results`)."
  }
}
