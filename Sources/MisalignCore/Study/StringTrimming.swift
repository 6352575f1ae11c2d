extension String {
  /// The text without surrounding whitespace, lower-cased: how user-typed factor values are compared.
  var trimmedLowercased: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return slice.lowercased()
  }
}
