extension StringProtocol {
  /// The text without leading and trailing whitespace (FoundationEssentials lacks `trimmingCharacters`).
  /// Cuts at the first and last non-whitespace characters rather than rebuilding the string through two reversals,
  /// which made reading the scenario files' long body lines cost tens of milliseconds.
  var trimmedOfWhitespace: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return ""
    }
    return String(self[first...last])
  }

  /// The text without surrounding whitespace, lower-cased: how user-typed factor values are compared.
  var trimmedLowercased: String { trimmedOfWhitespace.lowercased() }
}
