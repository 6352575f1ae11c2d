extension StringProtocol {
  /// The text without leading and trailing whitespace (FoundationEssentials lacks `trimmingCharacters`).
  var trimmedOfWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// The text without surrounding whitespace, lower-cased: how user-typed factor values are compared.
  var trimmedLowercased: String { trimmedOfWhitespace.lowercased() }
}
