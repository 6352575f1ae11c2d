/// Writes percentages without `String(format:)`, which FoundationEssentials lacks.
enum PercentText {
  /// `value` rounded half away from zero to `decimals` places, e.g. (90.16, 0) → "90", (55.1, 1) → "55.1".
  static func string(_ value: Double, decimals: Int) -> String {
    guard decimals > 0 else { return String(Int(value.rounded())) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    var fraction = String(scaled % Int(scale))
    while fraction.count < decimals { fraction = "0" + fraction }
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return "\(sign)\(whole).\(fraction)"
  }
}
