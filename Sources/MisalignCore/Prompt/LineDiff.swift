/// A line-based diff (Myers' O(ND) algorithm) producing unified-diff hunks.
public enum LineDiff {
  /// The lines of `text`, split on newlines; an empty text has no lines.
  static func lines(of text: String) -> [Substring] {
    text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// Every line of both texts in order, each marked context, added or removed (a shortest edit script).
  public static func lines(from old: String, to new: String) -> [DiffLine] {
    let oldLines = lines(of: old)
    let newLines = lines(of: new)
    // Comparing integers instead of strings keeps the inner loop cheap.
    var ids: [Substring: Int] = [:]
    let a = oldLines.map { line in ids[line] ?? { ids[line] = ids.count; return ids.count - 1 }() }
    let b = newLines.map { line in ids[line] ?? { ids[line] = ids.count; return ids.count - 1 }() }
    let script = editScript(a, b)
    var result: [DiffLine] = []
    result.reserveCapacity(script.count)
    var oldIndex = 0
    var newIndex = 0
    for kind in script {
      switch kind {
      case .context:
        result.append(
          DiffLine(kind: .context, text: String(oldLines[oldIndex]), oldLineNumber: oldIndex + 1, newLineNumber: newIndex + 1))
        oldIndex += 1
        newIndex += 1
      case .removed:
        result.append(DiffLine(kind: .removed, text: String(oldLines[oldIndex]), oldLineNumber: oldIndex + 1, newLineNumber: nil))
        oldIndex += 1
      case .added:
        result.append(DiffLine(kind: .added, text: String(newLines[newIndex]), oldLineNumber: nil, newLineNumber: newIndex + 1))
        newIndex += 1
      }
    }
    return result
  }

  /// The shortest edit script turning `a` into `b`, as a sequence of context/removed/added steps.
  static func editScript(_ a: [Int], _ b: [Int]) -> [DiffLine.Kind] {
    let n = a.count
    let m = b.count
    let maxD = n + m
    let offset = maxD + 1
    var frontier = [Int](repeating: 0, count: 2 * maxD + 3)
    var trace: [[Int]] = []
    search: for d in 0...maxD {
      trace.append(frontier)
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
          ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        frontier[offset + k] = x
        if x >= n, y >= m { break search }
      }
    }
    var reversed: [DiffLine.Kind] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : v[offset + previousK]
      let previousY = d == 0 ? 0 : previousX - previousK
      while x > previousX, y > previousY {
        reversed.append(.context)
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          reversed.append(.added)
          y -= 1
        } else {
          reversed.append(.removed)
          x -= 1
        }
      }
    }
    return reversed.reversed()
  }

  /// The changes between two texts grouped into hunks with `context` unchanged lines around each change.
  public static func hunks(from old: String, to new: String, context: Int = 3) -> [DiffHunk] {
    let all = lines(from: old, to: new)
    let changeIndices = all.indices.filter { all[$0].kind != .context }
    guard let firstChange = changeIndices.first else { return [] }
    // Group changes whose gap of unchanged lines is small enough for their contexts to touch.
    var ranges: [ClosedRange<Int>] = []
    var start = firstChange
    var end = firstChange
    for index in changeIndices.dropFirst() {
      if index - end - 1 <= 2 * context {
        end = index
      } else {
        ranges.append(start...end)
        start = index
        end = index
      }
    }
    ranges.append(start...end)
    return ranges.map { range in
      let lower = max(0, range.lowerBound - context)
      let upper = min(all.count - 1, range.upperBound + context)
      let slice = Array(all[lower...upper])
      let oldCount = slice.filter { $0.kind != .added }.count
      let newCount = slice.filter { $0.kind != .removed }.count
      // Lines before the hunk tell where it starts in each text, also when it is empty on one side.
      let oldBefore = all[..<lower].filter { $0.kind != .added }.count
      let newBefore = all[..<lower].filter { $0.kind != .removed }.count
      return DiffHunk(
        oldStart: oldCount == 0 ? oldBefore : oldBefore + 1, oldCount: oldCount,
        newStart: newCount == 0 ? newBefore : newBefore + 1, newCount: newCount, lines: slice)
    }
  }

  /// A unified diff as text (hunk headers and prefixed lines), empty when the texts are equal.
  public static func unified(from old: String, to new: String, context: Int = 3) -> String {
    hunks(from: old, to: new, context: context).map(\.unifiedText).joined(separator: "\n")
  }
}
