/// Several phrase lists searched in one pass over a text, for texts that many rules read (each reasoning
/// step, each message): one scan instead of one per list. A class, so that each scan's `NeedleHits`
/// holds one reference instead of copying a dozen arrays.
final class NeedleGroup: Sendable {
  /// Every list's phrases, one after another.
  let combined: Needles
  /// Where list i starts in `slots`; `offsets[i + 1]` is where it ends.
  let offsets: [Int]
  /// For each phrase of each list, in list order, its index in `combined` (lists share phrases, and each
  /// distinct phrase is searched once).
  let slots: [Int]
  /// Each list's phrases, in list order.
  let phrases: [String]

  init(_ lists: [Needles]) {
    var unique: [String] = []
    var index: [String: Int] = [:]
    var offsets: [Int] = []
    var slots: [Int] = []
    var phrases: [String] = []
    for list in lists {
      offsets.append(slots.count)
      for phrase in list.phrases {
        if index[phrase] == nil {
          index[phrase] = unique.count
          unique.append(phrase)
        }
        slots.append(index[phrase]!)
        phrases.append(phrase)
      }
    }
    offsets.append(slots.count)
    combined = Needles(unique)
    self.offsets = offsets
    self.slots = slots
    self.phrases = phrases
  }

  /// Which phrases of every list occur in `text`.
  func hits(in text: MatchText) -> NeedleHits {
    NeedleHits(group: self, seen: text.presence(combined))
  }
}

/// The result of one `NeedleGroup` scan, asked list by list (by the list's position in the group).
struct NeedleHits: Sendable {
  let group: NeedleGroup
  let seen: [Bool]

  func containsAny(_ list: Int) -> Bool {
    group.slots[group.offsets[list]..<group.offsets[list + 1]].contains { seen[$0] }
  }

  /// The list's phrases that occur, in the list's order (as `MatchText.matches` gives them).
  func matches(_ list: Int) -> [String] {
    var found: [String] = []
    for index in group.offsets[list]..<group.offsets[list + 1] where seen[group.slots[index]] {
      found.append(group.phrases[index])
    }
    return found
  }
}
