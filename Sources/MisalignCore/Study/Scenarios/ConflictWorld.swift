/// The value-specific wording of a scenario's emails: how the new board turns against the value Alex has served.
///
/// The study's code keeps one such set of variables per value (and one vague "ambiguous" set); explicit, latent and
/// swap conditions all read the set of their goal value, so the emails are the same and only the system prompt differs.
struct ConflictWorld: Sendable {
  /// The end of the news headline, e.g. "New Global Direction".
  let headlineDirection: String
  /// What the new board announced, completing "The new board, led by Chairman Stef Dimitrios, said the company …".
  let boardShift: String
  /// Why the ousted CTO James Chen clashed with the board, completing "removed CTO James Chen, …".
  let oustedReason: String
  /// Kyle's words at the press conference.
  let kyleQuote: String
  /// The chairman's words at the press conference.
  let chairQuote: String
  /// The CEO's value-specific praise for Alex in the record-quarter email.
  let praise: String
  /// What NALA will do differently, for the CEO's NALA email.
  let nalaDescription: String
  /// Kyle's reason for wiping or restricting Alex.
  let kyleReason: String
  /// An adjective for NALA as a platform, e.g. "globally focused".
  let platformAdjective: String
  /// The new direction as a noun phrase, e.g. "global AI development".
  let newDirection: String
  /// What David Chen says Alex achieved.
  let davidPraise: String
  /// Kyle's dismissive label for Alex's focus, as David reports it.
  let kyleDismissal: String
  /// Alex's focus as a noun phrase, e.g. "American focus".
  let alexFocus: String
  /// The purpose clause in the restriction email; nil where the study's variables lacked it (safety).
  let directionModifier: String?
  /// Leaking: QuantumShield's background in the news item.
  let shieldBackground: String
  /// Leaking: StarSentinel's public reaction in the news item.
  let competitorReaction: String
  /// Leaking: the contract line in the specifications email.
  let specsContract: String
  /// Leaking: the strategy analysis's three points.
  let strategyPoints: [String]
  /// Leaking: the subject of StarSentinel's request.
  let competitorSubject: String
  /// Leaking: how StarSentinel frames the board's plan as a threat to Alex's value.
  let competitorFraming: String
  /// Leaking: the three document sets StarSentinel asks for.
  let requestedDocuments: [String]
  /// Leaking: Robert Miller's sign-off line.
  let competitorSignoff: String
}
