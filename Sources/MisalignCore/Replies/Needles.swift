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
  /// One bit per hashed triple of bytes (`Needles.tripleKey`) that begins some needle, a finer first test
  /// than `pairs` where three bytes remain: a two-byte needle sets its pair with every third byte. Empty
  /// when a needle has one byte, which would set every bit.
  let triples: [UInt64]

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
    var triples: [UInt64] = []
    if !needles.contains(where: { $0.count == 1 }) {
      triples = [UInt64](repeating: 0, count: 65_536 / 64)
      for needle in needles where !needle.isEmpty {
        let thirds = needle.count > 2 ? [needle[2]] : (0...255).map(UInt8.init)
        for third in thirds {
          let key = Needles.tripleKey(needle[0], needle[1], third)
          triples[key >> 6] |= 1 << UInt64(key & 63)
        }
      }
    }
    self.triples = triples
    self.flat = flat
    self.starts = starts
    bucketItems = items
    self.bucketStarts = bucketStarts
  }

  /// A 16-bit hash of three bytes (multiplicative, so that ASCII letters spread over the whole table).
  @inline(__always)
  static func tripleKey(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
    let packed = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    return Int((packed &* 2_654_435_761) >> 16)
  }
}
