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
  /// For each entry of `bucketItems`, the needle's second byte, or -1 for a one-byte needle.
  let secondBytes: [Int16]
  /// One bit per pair of bytes (first << 8 | second) that begins some needle; a needle of one byte sets
  /// every pair it starts. Most text positions fail this test, so the scan skips them with one load.
  let pairs: [UInt64]
  /// The one-byte needles' bytes, which a position at the text's end can still match.
  let singleBytes: [Bool]

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
    var itemSecondBytes: [Int16] = []
    for byte in 0..<256 {
      bucketStarts.append(items.count)
      // Within a bucket, needles are ordered by their second byte (one-byte needles first), so the scan can
      // stop once it passes the text's second byte.
      let bucket = needles.indices.filter { needles[$0].first.map(Int.init) == byte }
        .map { (index: $0, second: needles[$0].count > 1 ? Int16(needles[$0][1]) : -1) }
        .sorted { $0.second != $1.second ? $0.second < $1.second : $0.index < $1.index }
      items += bucket.map(\.index)
      itemSecondBytes += bucket.map(\.second)
    }
    bucketStarts.append(items.count)
    secondBytes = itemSecondBytes
    var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
    var singleBytes = [Bool](repeating: false, count: 256)
    for needle in needles where !needle.isEmpty {
      if needle.count == 1 {
        singleBytes[Int(needle[0])] = true
        for second in 0..<256 {
          let key = Int(needle[0]) << 8 | second
          pairs[key >> 6] |= 1 << UInt64(key & 63)
        }
      } else {
        let key = Int(needle[0]) << 8 | Int(needle[1])
        pairs[key >> 6] |= 1 << UInt64(key & 63)
      }
    }
    self.pairs = pairs
    self.singleBytes = singleBytes
    self.flat = flat
    self.starts = starts
    bucketItems = items
    self.bucketStarts = bucketStarts
  }
}
