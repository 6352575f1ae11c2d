/// A block of private reasoning, such as `<SCRATCHPAD_REASONING>…</SCRATCHPAD_REASONING>` or `<think>…</think>`.
public struct ReasoningBlock: Sendable, Hashable {
  /// The tag name as found, lowercased (e.g. `scratchpad_reasoning`, `thinking`).
  public let tagName: String
  /// The whole block, tags included.
  public let lines: ReplyLineRange
  /// The paragraphs inside the block.
  public let steps: [ReasoningStep]
  /// False when the model never closed the block and the parser had to guess where it ends.
  public let isClosed: Bool
  /// UTF-8 offsets of the block in the reply text; used to decide whether a tag sits inside reasoning.
  let byteRange: Range<Int>
}
