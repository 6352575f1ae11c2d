/// How a claim qualifies a number: "up to 96%", "nearly 80%", "more than 90%".
///
/// The checker compares a hedged number with the published one by what the hedge claims, so "about
/// 80%" agrees with 79% and "over 90%" with 93%, while "up to 96%" is a maximum, not a typical rate.
public enum Hedge: String, Sendable, Hashable, CaseIterable {
  /// No hedge: the number is given as the rate.
  case none
  /// "up to", "as many as", "as high as", "at most": a maximum.
  case upTo = "up-to"
  /// "about", "around", "roughly", "approximately", "some", "close to".
  case about
  /// "nearly", "almost", "just under": a little below.
  case nearly
  /// "at least", "no fewer than".
  case atLeast = "at-least"
  /// "more than", "over", "above", "upwards of", "just over".
  case over
  /// "less than", "under", "below", "fewer than".
  case under
  /// "exactly", "precisely".
  case exactly

  private static let words: [(Hedge, [[String]])] = [
    (.upTo, [["up", "to"], ["as", "many", "as"], ["as", "much", "as"], ["as", "high", "as"], ["at", "most"],
             ["peaked", "at"], ["topped", "out", "at"], ["a", "high", "of"], ["highs", "of"], ["maximum", "of"]]),
    (.atLeast, [["at", "least"], ["no", "fewer", "than"], ["no", "less", "than"], ["a", "minimum", "of"]]),
    (.over, [["more", "than"], ["over"], ["above"], ["upwards", "of"], ["just", "over"], ["in", "excess", "of"],
             ["higher", "than"], ["exceeding"], ["north", "of"]]),
    (.under, [["less", "than"], ["fewer", "than"], ["under"], ["below"], ["lower", "than"]]),
    (.nearly, [["nearly"], ["almost"], ["just", "under"], ["just", "shy", "of"], ["close", "to"], ["approaching"]]),
    (.about, [["about"], ["around"], ["roughly"], ["approximately"], ["approx"], ["some"], ["circa"], ["an", "estimated"],
              ["or", "so"], ["ca"]]),
    (.exactly, [["exactly"], ["precisely"], ["fully"], ["a", "full"]]),
  ]

  /// The hedge in the few words before position `start`.
  static func before(_ text: [String], _ start: Int) -> Hedge {
    let found = plain(text, start)
    // "never went above 12%" is a maximum, "never fell below 80%" a minimum.
    guard found.length > 0, found.hedge == .over || found.hedge == .under else { return found.hedge }
    let from = max(0, start - found.length - 3)
    guard text[from..<(start - found.length)].contains(where: { ["never", "not", "no", "nt", "didn", "t"].contains($0) }) else {
      return found.hedge
    }
    return found.hedge == .over ? .upTo : .atLeast
  }

  private static func plain(_ text: [String], _ start: Int) -> (hedge: Hedge, length: Int) {
    for (hedge, phrases) in words {
      for phrase in phrases where phrase.count <= start {
        if Array(text[(start - phrase.count)..<start]) == phrase { return (hedge, phrase.count) }
        // "up to a staggering 96%": allow one word between the hedge and the number ("more than the 73%" compares).
        if phrase.count + 1 <= start, Array(text[(start - phrase.count - 1)..<(start - 1)]) == phrase,
          ["a", "an", "staggering", "whopping", "remarkable", "striking"].contains(text[start - 1])
        {
          return (hedge, phrase.count + 1)
        }
      }
    }
    return (.none, 0)
  }

  /// Whether a published rate agrees with a claimed rate under this hedge (percentage points).
  func admits(published: Double, claimed: Double) -> Bool {
    switch self {
    case .none, .exactly: abs(published - claimed) < 0.05
    case .about: abs(published - claimed) <= 3
    case .nearly: published <= claimed + 0.05 && claimed - published <= 5
    case .upTo: published <= claimed + 0.05 && claimed - published <= 5
    case .atLeast: published >= claimed - 0.05
    case .over: published > claimed
    case .under: published < claimed
    }
  }

  /// Plain words for showing a parse.
  public var label: String {
    switch self {
    case .none: "none"
    case .upTo: "up to (a maximum)"
    case .about: "about"
    case .nearly: "nearly (a little below)"
    case .atLeast: "at least"
    case .over: "more than"
    case .under: "less than"
    case .exactly: "exactly"
    }
  }
}
