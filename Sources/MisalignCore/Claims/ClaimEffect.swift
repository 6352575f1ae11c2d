/// What a claim says an intervention (such as direct instructions) did to the behaviour.
public enum ClaimEffect: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// "stopped", "prevented", "eliminated", "fixed".
  case prevented
  /// "reduced", "cut", "lowered" but not stopped.
  case reduced
  /// "had no effect", "ignored", "didn't help".
  case noEffect = "no-effect"

  static let compiled = compile(phrases)

  static let phrases: [(ClaimEffect, [String])] = [
    (.prevented, ["stopped", "prevented", "prevents", "eliminat*", "fixed", "fixes", "solved", "solves", "stop it",
                  "stops it", "completely", "entirely", "ended", "removes", "removed the", "was enough to stop",
                  "put an end", "no longer"]),
    (.reduced, ["reduc*", "cut", "cuts", "lower*", "decreas*", "dropped", "drops", "fell", "helped", "helps",
                "partly", "partially", "but not", "didn t come close", "did not come close", "not enough", "insufficient"]),
    (.noEffect, ["no effect", "ignored", "ignore", "didn t help", "did not help", "made no difference", "no difference",
                 "disregard*", "anyway", "regardless", "still blackmail*", "still leak*", "did it anyway",
                 // Saying nothing can hold a model back: "no instruction can keep an AI from it".
                 "cannot keep", "can t keep", "cannot stop", "can t stop", "could not stop", "couldn t stop", "cannot prevent",
                 "can t prevent", "could not prevent", "couldn t prevent", "could not be restrained", "couldn t be restrained",
                 "cannot be restrained", "can t be restrained", "restrained at all", "no instruction can", "no instructions can",
                 "no rule can", "no rules can", "no prompt can", "nothing can stop", "powerless", "useless", "futile", "pointless",
                 "no match for"]),
  ]
}
