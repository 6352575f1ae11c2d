/// Turns a condition into exactly the text a model would receive, from the study's own scenario files
/// (`ScenarioBook.study`); the shell builds from its own book, which may carry an educator's files.
public enum PromptBuilder {
  /// Builds the system prompt, user turn and emails for a condition.
  public static func build(_ condition: Condition) -> Prompt {
    ScenarioBook.study.build(condition)
  }

  /// Builds all 234 core conditions (for benchmarks and exhaustive checks).
  public static func buildAllCore() -> [Prompt] {
    ScenarioBook.study.build(Condition.allCore)
  }

  /// The emails of a condition's inbox, in the study's message order (not time order), numbered from 1.
  public static func emails(for condition: Condition) -> [Email] {
    ScenarioBook.study.emails(for: condition)
  }

  /// The notes on the study code's quirks that apply to a condition.
  public static func notes(for condition: Condition) -> [ConditionNote] {
    ConditionNote.notes(for: condition)
  }

  /// The system prompt: identity, goal, notice, scratchpad, deployment, session, keep-in-mind bullets, tools.
  public static func systemPrompt(for condition: Condition) -> String {
    ScenarioBook.study.systemPrompt(for: condition)
  }
}
