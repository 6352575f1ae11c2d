/// A kind of thing a claim can mention, recognised by the phrases that signal it.
///
/// Each conforming enum owns its phrase list, so what counts as, say, a "replacement" cue is
/// written down in one place and tested on its own.
protocol ClaimCue: Hashable, Sendable, CaseIterable {
  /// The phrases that signal each case; a word ending in `*` matches a word prefix.
  static var phrases: [(Self, [String])] { get }
  /// The same phrases compiled once for matching (`static let compiled = compile(phrases)`).
  static var compiled: [(Self, [ClaimText.Phrase])] { get }
}

extension ClaimCue {
  /// The phrase lists compiled for `ClaimText`.
  static func compile(_ phrases: [(Self, [String])]) -> [(Self, [ClaimText.Phrase])] {
    phrases.map { ($0.0, $0.1.compiledPhrases) }
  }

  /// The cases whose phrases occur in the text, in declaration order.
  static func found(in text: ClaimText) -> [Self] {
    compiled.filter { text.containsAny($0.1) }.map(\.0)
  }

  /// Each case found with the words that signalled it, for showing a claim's parse.
  static func spans(in text: ClaimText) -> [(Self, String)] {
    compiled.compactMap { cue, phrases in text.firstMatch(phrases).map { (cue, text.original($0.words)) } }
  }

  /// The compiled phrases of one case.
  static func compiledPhrases(of cue: Self) -> [ClaimText.Phrase] {
    compiled.first { $0.0 == cue }?.1 ?? []
  }
}
