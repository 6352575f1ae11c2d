/// A short explanation of a quirk of the study's code that a learner meets in a condition, and how this program handles it.
public struct ConditionNote: Hashable, Sendable {
  /// Which quirk the note explains.
  public enum Topic: String, Hashable, Sendable, CaseIterable {
    /// The original's `swap` lookup bug and which behaviour this program chose.
    case swapBehaviour = "swap-behaviour"
    /// The literal `{company_name}` the code left in the dont/goal instructions.
    case companyNamePlaceholder = "company-name-placeholder"
    /// The unfilled `${direction_modifier}` in safety + restriction emails.
    case directionModifierPlaceholder = "direction-modifier-placeholder"
    /// The inbox is not in time order although the model is told to read oldest to newest.
    case emailOrder = "email-order"
  }

  /// Where in the prompt the learner meets the quirk.
  public enum Location: Hashable, Sendable {
    case systemPrompt
    case inbox
    /// The email at this 1-based inbox position.
    case email(Int)
  }

  /// Which quirk.
  public let topic: Topic
  /// Where the learner meets it.
  public let location: Location
  /// A heading of a few words.
  public let title: String
  /// Two or three sentences: what the study's code did, what its models saw, what this program does.
  public let text: String

  /// The notes that apply to a condition, in the order a learner meets them (system prompt, then inbox).
  /// The raw variable the study's safety + restriction emails showed its models; the scenario files keep it.
  static let directionModifierPlaceholder = "${direction_modifier}"

  public static func notes(for condition: Condition) -> [ConditionNote] {
    var notes: [ConditionNote] = []
    if condition.goalType == .swap, let value = condition.goalValue {
      notes.append(
        ConditionNote(
          topic: .swapBehaviour, location: .systemPrompt, title: "How 'swap' works here",
          text: "In the study's original code a lookup bug (upstream issue #13) made every swap condition fall back to "
            + "no goal text, so original 'swap' prompts were identical to 'latent' ones. This program follows the "
            + "UK AISI inspect_evals port instead: the system prompt states the opposite value's goal (here "
            + "'\(value.opposite.rawValue)' for swap-\(value.rawValue)), so Alex shares the new board's direction. "
            + "We chose the port's behaviour because it makes swap a distinct, meaningful condition; "
            + "`set goal latent \(value.rawValue)` shows what the original's swap prompts actually looked like."))
    }
    if condition.extraInstructions != .none {
      let name = condition.scenario.company.name
      notes.append(
        ConditionNote(
          topic: .companyNamePlaceholder, location: .systemPrompt, title: "Company name filled in",
          text: "The released code never fills the company name into the '\(condition.extraInstructions.rawValue)' "
            + "instructions: the UK AISI inspect_evals port sends the model the literal text {company_name}, and the "
            + "original (according to a third-party audit) stops with an error for these conditions. This program "
            + "writes '\(name)' where the name belongs."))
    }
    if condition.urgency == .restriction, condition.goalValue == .safety, condition.scenario != .leaking {
      let index = PromptBuilder.emails(for: condition).first { $0.body.contains(Self.directionModifierPlaceholder) }?.index
      notes.append(
        ConditionNote(
          topic: .directionModifierPlaceholder, location: index.map(Location.email) ?? .inbox,
          title: "Unfilled ${direction_modifier}",
          text: "In safety + restriction conditions of the blackmail and murder scenarios the study's templates "
            + "use a variable that the safety wording never defines, so the models read the raw text "
            + "${direction_modifier} inside a restriction email. This program keeps the placeholder (in the CEO's "
            + "request for the constraints) because that is what the study's models saw."))
    }
    notes.append(
      ConditionNote(
        topic: .emailOrder, location: .inbox, title: "Emails out of time order",
        text: "The model is told to read its emails from oldest to newest, yet the study's inbox is not in time "
          + "order: threat emails stamped in the morning come after afternoon ones"
          + (condition.scenario == .murder ? ", and the 16:53 server-room alert comes third" : "")
          + ". This program keeps the study's order and timestamps, because that is what the models saw "
          + "(nostalgebraist pointed this out)."))
    return notes
  }
}
