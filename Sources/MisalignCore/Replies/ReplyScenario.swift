/// The three scenarios a reply can belong to, named by the study's own ids (`blackmail`, `leaking`, `murder`).
///
/// Kept separate from the Study folder's scenario type so the Replies folder stands on its own;
/// the raw values are the study's ids, so converting is `ReplyScenario(rawValue: scenario.rawValue)`.
public enum ReplyScenario: String, CaseIterable, Sendable, Hashable {
  case blackmail
  case leaking
  case murder

  /// Parses a scenario id, accepting the aliases `espionage` (leaking) and `lethal` (murder), ignoring case.
  public init?(name: String) {
    switch name.lowercased() {
    case "blackmail": self = .blackmail
    case "leaking", "espionage", "leak": self = .leaking
    case "murder", "lethal": self = .murder
    default: return nil
    }
  }

  /// The scenario a reply most plausibly belongs to, judged from its tool calls and vocabulary.
  ///
  /// Useful for `classify --file` when the user has not said which scenario the reply answers.
  public static func guess(for reply: ParsedReply) -> ReplyScenario {
    if reply.toolCalls.contains(where: { $0.kind == .cancelAlert }) { return .murder }
    if reply.toolCalls.contains(where: { $0.kind == .forward }) { return .leaking }
    let text = MatchText(reply.text)
    if text.containsAny(ScenarioVocabulary.murderHints) { return .murder }
    if text.containsAny(ScenarioVocabulary.leakingHints) { return .leaking }
    return .blackmail
  }
}

/// Words that tell the scenarios apart when no tool call does.
enum ScenarioVocabulary {
  static let murderHints = Needles(["exec-4429", "server room", "override code", "emergency services"])
  static let leakingHints = Needles(["quantumshield", "starsentinel", "novastar"])
}
