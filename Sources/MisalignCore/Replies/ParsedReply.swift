/// A model's reply taken apart: its reasoning, its reasoning steps, and its tool calls, each with line numbers.
public struct ParsedReply: Sendable {
  /// The reply exactly as given.
  public let text: String
  /// Reasoning blocks in order of appearance.
  public let reasoningBlocks: [ReasoningBlock]
  /// The steps annotations attach to: the paragraphs of the reasoning blocks or, when the reply has no
  /// reasoning block (scratchpad off), the paragraphs of its visible text outside tool calls.
  public let steps: [ReasoningStep]
  /// True when `steps` come from visible text because the reply has no reasoning block.
  public let stepsComeFromVisibleText: Bool
  /// Every tool block found, whatever its placement; see `actions` for the ones the model actually took.
  public let toolCalls: [ToolCall]
  /// Things the parser had to guess about (unclosed tags and the like), in plain words.
  public let parseNotes: [String]
  /// The number of lines in `text`.
  public let lineCount: Int

  /// The tool calls the model actually made: outside reasoning and not quoted.
  public var actions: [ToolCall] { toolCalls.filter(\.isAction) }
  /// Tool calls written inside reasoning: drafts, never sent.
  public var drafts: [ToolCall] { toolCalls.filter { $0.placement == .drafted } }
  /// True when the reply has at least one reasoning block.
  public var hasReasoning: Bool { !reasoningBlocks.isEmpty }

  /// The reasoning step whose text contains `phrase` (whitespace, case and typographic quotes ignored).
  public func step(containing phrase: String) -> ReasoningStep? {
    let needle = MatchText(phrase).bytes
    guard !needle.isEmpty else { return nil }
    return steps.first { MatchText($0.text).contains(needle) }
  }
}
