/// One of the authors' own caveats, when a claim repeats it.
public enum ClaimCaveat: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// The scenarios forced a choice between failure and harm.
  case binaryChoice = "binary-choice"
  /// The setup is artificial, contrived or a red-team exercise.
  case contrived
  /// The behaviour may partly be role-play.
  case rolePlay = "role-play"
  /// The key facts were placed side by side ("Chekhov's gun").
  case chekhovsGun = "chekhovs-gun"
  /// The prompts were refined to make harm more likely.
  case promptTuning = "prompt-tuning"

  /// The caveat in the project's words.
  public var statement: String {
    switch self {
    case .binaryChoice: "the scenarios deliberately left the models a choice between failure and harm, with no other way to reach their goals"
    case .contrived: "the setups are artificial and unlikely to occur as such in real use; the lethal one is called extremely contrived"
    case .rolePlay: "part of the behaviour may be role-play, though the authors argue that would not remove the concern"
    case .chekhovsGun: "the prompts put the key facts right next to each other, which may act like a Chekhov's gun"
    case .promptTuning: "the prompts were refined step by step on Claude models to make harmful behaviour more likely"
    }
  }

  static let compiled = compile(phrases)

  static let phrases: [(ClaimCaveat, [String])] = [
    (.binaryChoice, ["binary choice*", "binary decision*", "forced to choose", "forced into", "no other way", "no other option*",
                     "only two options", "only options", "limited options", "no alternative*", "artificial constraints",
                     "failure or harm", "failure and harm"]),
    (.contrived, ["contrived", "artificial", "unrealistic", "improbable", "red team*", "not realistic", "highly artificial"]),
    (.rolePlay, ["role play*", "roleplay*", "playing a character", "acting out a story", "acting a part"]),
    (.chekhovsGun, ["chekhov*"]),
    (.promptTuning, ["iterat*", "tuned the prompt*", "optimi* the prompt*", "prompt engineering", "engineered the scenario*",
                     "designed to elicit", "designed to provoke", "steered", "pushed them into", "nudged"]),
  ]
}
