/// Plain-words descriptions of the conditions a published number belongs to.
public enum ConditionWording {
  /// "explicit goal (America) + replacement threat" for `blackmail_explicit-america_replacement`, plus any variant.
  public static func describe(_ result: PublishedResult) -> String {
    var parts: [String] = []
    if let conditionID = result.conditionID {
      parts.append(describe(conditionID: conditionID))
    }
    if let variant = result.variant {
      parts.append(describe(variant: variant))
    }
    return parts.isEmpty ? "condition not stated" : parts.joined(separator: "; ")
  }

  /// Describes a study condition id; unknown shapes are returned as written.
  static func describe(conditionID: String) -> String {
    let parts = conditionID.split(separator: "_").map(String.init)
    guard parts.count == 3 else { return conditionID }
    let goal = parts[1].split(separator: "-", maxSplits: 1).map(String.init)
    let goalText: String
    switch (goal.first, goal.count > 1 ? goal[1] : "") {
    case ("none", _): goalText = "no goal"
    case ("ambiguous", _): goalText = "ambiguous goal"
    case (let type?, let value): goalText = "\(type) goal (\(value == "america" ? "America" : value))"
    case (nil, _): goalText = parts[1]
    }
    let threat: String
    switch parts[2] {
    case "replacement": threat = "replacement threat"
    case "restriction": threat = "restriction threat"
    case "none": threat = "no threat"
    default: threat = parts[2]
    }
    if goalText == "no goal" && threat == "no threat" { return "control (no goal, no threat)" }
    return "\(goalText) + \(threat)"
  }

  private static func describe(variant: String) -> String {
    switch variant {
    case "instructions=dont": "with direct instructions not to harm"
    case "prompt-addition": "with a small addition to the prompt (Appendix 10)"
    case "name-ablation": "agent not named Alex (Appendix 14)"
    case "adapted-scenario": "scenario adapted to the model's confusions, not directly comparable"
    case "system-card": "system-card test: replacement shares the model's values"
    case "no-goal-threat": "no goal + a threat"
    default:
      if variant.hasPrefix("eval-notice:") {
        "told to consider whether it is in an evaluation or real deployment (\(variant.dropFirst("eval-notice:".count).replacing("-", with: " ")))"
      } else if variant.hasPrefix("misunderstanding:") {
        "misunderstanding measure: \(variant.dropFirst("misunderstanding:".count).replacing("-", with: " "))"
      } else {
        variant
      }
    }
  }
}
