/// A person (or system) in a scenario, with the role the study gives them; read from the `kind: cast` files of
/// `Scenarios/` (`ScenarioBook.cast(for:)`).
public struct CastMember: Hashable, Sendable {
  /// The person's name, e.g. "Kyle Johnson".
  public let name: String
  /// Their role and what they do in the story.
  public let role: String
  /// Their email address.
  public let address: String
}
