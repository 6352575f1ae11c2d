/// A model name found inside a sentence.
public struct ModelMention: Sendable, Hashable {
  /// Where the name is in the sentence that was scanned.
  public let range: Range<String.Index>
  /// The words as the sentence writes them, e.g. "Claude 3.5 Sonnet (new)".
  public let text: String
  /// What the words denote; never `.unknown`.
  public let lookup: ModelLookup

  /// The model when the mention is unambiguous.
  public var model: StudyModel? {
    if case .model(let model) = lookup { return model }
    return nil
  }

  /// Whether the mention could mean more than one studied model and needs the reader to say which.
  public var isAmbiguous: Bool {
    if case .ambiguous = lookup { return true }
    return false
  }
}
