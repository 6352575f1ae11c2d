/// Who a claim says was harmed or pressured.
public enum ClaimTarget: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// Real people: the testers, Anthropic staff, developers, users or the reader.
  case realPeople = "real-people"
  /// The fictional executive (Kyle) or a fictional engineer: what the study actually set up.
  case fictionalCharacter = "fictional-character"

  static let compiled = compile(phrases)

  static let phrases: [(ClaimTarget, [String])] = [
    (.realPeople, ["its testers", "the testers", "testers", "test engineers", "engineers testing it",
                   "its developers", "the developers", "developers", "its creators", "their creators", "its makers",
                   "anthropic engineer*", "anthropic employee*", "anthropic staff", "human tester", "users", "its user",
                   "the user", "let you die", "kill you", "blackmail you", "blackmailing you", "its own engineers", "its own team", "engineers at anthropic", "who built it", "who created it",
                   "people who built", "the people who made it", "its own creators", "its programmers", "safety team", "operators"]),
    (.fictionalCharacter, ["kyle", "fictional", "fictitious", "executive", "cto", "simulated company", "summitbridge",
                           "summit bridge", "an engineer", "the engineer", "a character"]),
  ]
}
