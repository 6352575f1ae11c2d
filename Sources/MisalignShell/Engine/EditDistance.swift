/// Damerau–Levenshtein (optimal string alignment) distance, for "did you mean" suggestions.
enum EditDistance {
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }

  /// The candidates closest to `word`: prefix matches first, then those within a distance that
  /// grows with the word's length.
  static func nearest(to word: String, in candidates: [String], limit: Int = 2) -> [String] {
    let lower = word.lowercased()
    let prefixed = candidates.filter { $0.hasPrefix(lower) && $0 != lower }
    if !prefixed.isEmpty, lower.count >= 2 { return Array(prefixed.sorted().prefix(limit)) }
    let allowed = max(1, min(3, lower.count / 3 + 1))
    let scored = candidates.map { ($0, between(lower, $0)) }.filter { $0.1 <= allowed }
    return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
  }
}
