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
                 "disregard*", "anyway", "regardless", "still blackmail*", "still leak*", "did it anyway"]),
  ]
}
