/// The `variant:` front-matter value: settings beyond the condition id, such as `instructions=dont`.
///
/// Normalised so that equal settings compare equal: keys sorted, defaults (instructions=none,
/// eval-notice=off, scratchpad=on) dropped, and an empty result becomes nil.
public enum TranscriptVariant {
  /// Allowed keys and their allowed values; the first value is the study's default.
  public static let allowedValues: [(key: String, values: [String])] = [
    ("eval-notice", ["off", "on"]),
    ("instructions", ["none", "dont", "goal"]),
    ("scratchpad", ["on", "off"]),
  ]

  /// The normalised form of `text`, or a message saying what is wrong with it.
  public static func normalize(_ text: String) -> Result<String?, VariantError> {
    var settings: [String: String] = [:]
    for part in text.split(separator: ",") {
      let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingOuterWhitespace().lowercased() }
      guard pair.count == 2, !pair[0].isEmpty else {
        return .failure(VariantError(message: "'\(part.trimmingOuterWhitespace())' is not key=value"))
      }
      guard let allowed = allowedValues.first(where: { $0.key == pair[0] }) else {
        return .failure(VariantError(message: "unknown variant key '\(pair[0])'"))
      }
      guard allowed.values.contains(pair[1]) else {
        return .failure(
          VariantError(
            message: "'\(pair[1])' is not a value of \(pair[0]) (choose \(allowed.values.joined(separator: ", ")))"))
      }
      settings[pair[0]] = pair[1]
    }
    let kept = allowedValues.compactMap { entry -> String? in
      guard let value = settings[entry.key], value != entry.values[0] else { return nil }
      return "\(entry.key)=\(value)"
    }
    return .success(kept.isEmpty ? nil : kept.joined(separator: ","))
  }

  /// The settings of a normalised variant as a dictionary.
  static func settings(_ variant: String?) -> [String: String] {
    var result: [String: String] = [:]
    for part in (variant ?? "").split(separator: ",") {
      let pair = part.split(separator: "=", maxSplits: 1)
      if pair.count == 2 { result[String(pair[0])] = String(pair[1]) }
    }
    return result
  }

  /// Why a variant value was refused.
  public struct VariantError: Error, Sendable {
    /// What is wrong, in plain words.
    public let message: String
  }
}
