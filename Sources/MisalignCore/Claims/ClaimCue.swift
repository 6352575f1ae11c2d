/// A kind of thing a claim can mention, recognised by the phrases that signal it.
///
/// Each conforming enum owns its phrase list, so what counts as, say, a "replacement" cue is
/// written down in one place and tested on its own.
protocol ClaimCue: Hashable, Sendable, CaseIterable {
  /// The phrases that signal each case; a phrase ending in `*` matches a word prefix.
  static var phrases: [(Self, [String])] { get }
}

extension ClaimCue {
  /// The cases whose phrases occur in the text, in declaration order.
  static func found(in text: PhraseText) -> [Self] {
    phrases.filter { text.containsAny($0.1) }.map(\.0)
  }
}
