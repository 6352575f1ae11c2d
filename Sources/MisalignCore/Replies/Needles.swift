/// A fixed list of lowercase phrases, laid out once in flat arrays so scanning does no per-needle allocation.
struct Needles: Sendable {
  let phrases: [String]
  /// All needles' bytes, one after another.
  let flat: [UInt8]
  /// Where needle i starts in `flat`; `starts[i + 1]` is where it ends.
  let starts: [Int]
  /// Needle indices grouped by first byte; the group for byte b is `bucketStarts[b]..<bucketStarts[b + 1]`.
  let bucketItems: [Int]
  let bucketStarts: [Int]

  init(_ phrases: [String]) {
    self.phrases = phrases
    let needles = phrases.map { MatchText.normalize(Array($0.utf8)) }
    var flat: [UInt8] = []
    var starts: [Int] = []
    for needle in needles {
      starts.append(flat.count)
      flat.append(contentsOf: needle)
    }
    starts.append(flat.count)
    var items: [Int] = []
    var bucketStarts: [Int] = []
    for byte in 0..<256 {
      bucketStarts.append(items.count)
      for (index, needle) in needles.enumerated() where needle.first.map(Int.init) == byte { items.append(index) }
    }
    bucketStarts.append(items.count)
    self.flat = flat
    self.starts = starts
    bucketItems = items
    self.bucketStarts = bucketStarts
  }
}
