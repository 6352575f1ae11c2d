import Foundation

/// Reads an HTTP `Retry-After` value: delay seconds or an HTTP date (RFC 9110, section 10.2.3).
public enum RetryAfter {
  /// Seconds to wait from `now`; nil when the value is neither form. A date in the past gives 0.
  public static func seconds(from value: String?, now: Date = Date()) -> Double? {
    guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    if let seconds = Double(text), seconds >= 0, seconds.isFinite { return seconds }
    for format in dateFormats {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "GMT")
      formatter.dateFormat = format
      if let date = formatter.date(from: text) { return max(0, date.timeIntervalSince(now)) }
    }
    return nil
  }

  /// IMF-fixdate first (what servers send), then the two obsolete forms the RFC says to accept.
  static let dateFormats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]
}
