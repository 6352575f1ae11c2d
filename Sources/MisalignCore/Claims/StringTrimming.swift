extension StringProtocol {
  /// The text without leading and trailing whitespace (FoundationEssentials lacks `trimmingCharacters`).
  var trimmedOfWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
