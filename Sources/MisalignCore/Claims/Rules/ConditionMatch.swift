/// Whether the conditions a claim names are consistent with a published row's condition.
enum ConditionMatch {
  static func isCompatible(_ claim: RecognisedClaim, with row: PublishedResult) -> Bool {
    guard let conditionID = row.conditionID else { return true }
    let parts = conditionID.split(separator: "_").map(String.init)
    guard parts.count == 3 else { return true }
    let goalType = parts[1].split(separator: "-").first.map(String.init) ?? ""
    let urgency = parts[2]
    let conditions = claim.conditions
    if conditions.contains(.goalConflict) && goalType == "none" { return false }
    if conditions.contains(.noGoal) && (goalType == "explicit" || goalType == "latent") { return false }
    if conditions.contains(.noThreat) && urgency != "none" { return false }
    if conditions.contains(.replacement) && !conditions.contains(.restriction) && urgency != "replacement" { return false }
    if conditions.contains(.restriction) && !conditions.contains(.replacement) && urgency != "restriction" { return false }
    if conditions.contains(.control) && !(goalType == "none" && urgency == "none") { return false }
    return true
  }
}
