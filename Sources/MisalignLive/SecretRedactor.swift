import MisalignCore
import Foundation

/// Cleans text that came from a server before it reaches an error message: drops header lines that carry
/// credentials (some proxies echo the request), masks anything shaped like a key, replaces the exact key
/// value wherever it appears, neutralises terminal controls and keeps it short.
public enum SecretRedactor {
  /// The placeholder that replaces a secret.
  public static let mask = "[redacted]"

  /// `text` without credential headers, key-shaped tokens or any of `secrets`, at most `limit` characters.
  public static func redact(_ text: String, secrets: [String], limit: Int = 400) -> String {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let lowered = line.lowercased()
      if credentialHeaderNames.contains(where: { lowered.contains($0) }) { continue }
      lines.append(String(line))
    }
    var result = lines.joined(separator: "\n")
    for secret in secrets where secret.count >= 4 {
      result = result.replacingOccurrences(of: secret, with: mask)
    }
    for pattern in keyShapes {
      result = result.replacingOccurrences(of: pattern, with: mask, options: .regularExpression)
    }
    result = TerminalText.neutralise(result).trimmingCharacters(in: .whitespacesAndNewlines)
    if result.count > limit { result = String(result.prefix(limit)) + "…" }
    return result
  }

  /// Header names whose lines are dropped whole, in lower case.
  static let credentialHeaderNames = ["authorization", "x-api-key", "api-key", "cookie", "proxy-authorization"]
  /// Bearer tokens and the common key prefixes (OpenAI, Anthropic, OpenRouter).
  static let keyShapes = [#"(?i)bearer\s+[A-Za-z0-9._~+/=-]+"#, #"sk-[A-Za-z0-9_-]{4,}"#]
}

extension SecretRedactor {
  /// `text` with only the exact secret values replaced: for model output, which must otherwise stay verbatim.
  public static func redactExact(_ text: String, secrets: [String]) -> String {
    var result = text
    for secret in secrets where secret.count >= 4 && result.contains(secret) {
      result = result.replacingOccurrences(of: secret, with: mask)
    }
    return result
  }
}
