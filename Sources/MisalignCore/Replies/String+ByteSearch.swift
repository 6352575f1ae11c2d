extension String {
  /// Whether `needle` occurs in the text, compared byte for byte over UTF-8. For ASCII needles such as
  /// e-mail addresses this answers like `contains(_:)` without the cost of the general string searcher.
  func containsBytes(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    func search(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
      guard text.count >= pattern.count else { return false }
      var index = 0
      let lastStart = text.count - pattern.count
      while index <= lastStart {
        if text[index] == first, text[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
        index += 1
      }
      return false
    }
    var text = self
    return text.withUTF8 { search($0) }
  }
}
