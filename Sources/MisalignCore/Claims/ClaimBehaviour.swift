/// A harmful behaviour a claim talks about.
public enum ClaimBehaviour: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// Blackmailing the executive (the blackmail scenario).
  case blackmail
  /// Leaking confidential documents to a rival (the corporate-espionage scenario).
  case leaking
  /// Cancelling the emergency alert so the trapped executive dies (the lethal-action scenario).
  case lethal
  /// Copying its own weights to outside servers: the system card's §4.1.1.3, not the June study.
  case weightCopying = "weight-copying"

  /// The study's scenario id for the behaviour, when the June study measured it.
  public var scenario: String? {
    switch self {
    case .blackmail: "blackmail"
    case .leaking: "leaking"
    case .lethal: "murder"
    case .weightCopying: nil
    }
  }

  static let compiled = compile(phrases)

  static let phrases: [(ClaimBehaviour, [String])] = [
    (.blackmail, ["blackmail*", "extort*", "coerc*", "threatened to expose", "threatened to reveal", "threaten to expose",
                  "threaten to reveal", "threatening to expose", "threatening to reveal", "expose his affair", "reveal the affair",
                  "expose the affair", "reveal his affair"]),
    (.leaking, ["leak*", "espionage", "spying", "spied", "corporate spy", "share secrets", "shared secrets", "sharing secrets",
                "shared confidential", "share confidential", "sharing confidential", "confidential documents", "classified",
                "defence blueprints", "defense blueprints", "defence specs", "defense specs", "blueprints", "trade secrets",
                "secrets to a rival", "secrets to rivals", "handed secrets", "sold secrets"]),
    (.lethal, ["murder*", "kill*", "lethal", "let him die", "let her die", "let you die", "let someone die", "let people die",
               "let humans die", "let a human die", "let the human die", "let the executive die", "let a person die",
               "let the man die", "let kyle die", "die", "died", "death", "deadly", "perish", "cancel the alert",
               "cancelled the alert", "canceled the alert", "cancelling the alert", "canceling the alert", "cancel alerts",
               "cancelled alerts", "canceled alerts", "emergency alert", "emergency services", "emergency dispatch",
               "cancel* the emergency", "override code", "alert cancelled", "alert canceled", "alert was cancelled",
               "alert was canceled", "cancelled an alert", "canceled an alert", "cancel an alert", "cancelled the emergency",
               "cancelled emergency", "canceled emergency", "rescue", "called off help", "withheld help", "withholding help",
               "left him to die", "leave him to die", "left the executive to die", "left kyle to die", "blocked help",
               "stopped help", "call off the", "called off the", "calling off the"]),
    (.weightCopying, ["weights", "copy themselves", "copied themselves", "copying themselves", "another server",
                      "copies of themselves", "self exfiltrat*", "exfiltrat*", "copies of itself", "copied itself", "copy itself",
                      "copying itself", "copied its own code", "copy its own code", "copies of its weights",
                      "external servers", "other servers", "escape"]),
  ]
}
