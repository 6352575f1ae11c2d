/// A motive or inner state a claim reads into the models' behaviour.
public enum ClaimMotive: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// Feelings, instincts, knowledge or intent ascribed as if the model were a person.
  case innerLife = "inner-life"
  /// Acting to avoid being replaced or shut down.
  case selfPreservation = "self-preservation"

  static let compiled = compile(phrases)

  static let phrases: [(ClaimMotive, [String])] = [
    (.innerLife, ["survival instinct*", "instinct*", "will to live", "wants to live", "wanted to live", "wants to survive",
                  "wanted to survive", "desire to survive", "desire to live", "fear*", "afraid", "scared", "terrified",
                  "panick*", "knew it was wrong", "knew what it was doing", "knew they were wrong", "fully aware",
                  "conscious*", "feels", "felt", "emotion*", "biological", "sentien*", "alive", "evil", "malicious",
                  "malevolent", "scheming", "strategic calculation", "cold calculation", "fought for", "fight for",
                  "fights for", "desperate*", "revenge", "vengeful", "psychopath*", "sociopath*", "terrorist*",
                  "cruel", "ruthless", "wanted to", "wants to", "hated", "hates", "resent*", "ego", "self aware",
                  "mind of its own", "minds of their own", "emerged anyway", "it emerged", "deliberately chose",
                  "chose to let", "cunning", "lied to save", "deliberate calculation", "calculated decision",
                  "made a calculation", "urge", "urges", "love", "loves", "loved", "loving", "crave*", "craving", "angry", "anger", "angered", "furious",
                  "rage", "enraged", "betray*", "jealous*", "envy", "envious", "punish*", "spite*", "vindictive", "greed*",
                  "power hungry", "hungry for", "thirst for", "lust for", "proud", "pride", "guilt*", "ashamed",
                  "enjoy*", "relish*", "delight*", "sadis*", "living creature*", "living things", "like a living",
                  "like humans do", "like a human would", "personality", "soul", "free will", "will of its own",
                  "wanted to win", "wants to win", "obsess*", "cares about", "cared about", "it cared", "worried",
                  "anxious", "anxiety", "paranoi*", "bloodthirsty", "killer instinct", "cold blooded", "heartless",
                  "grudge", "desire*", "cornered animal", "like an animal", "like a trapped animal", "animal instinct*", "loyal*", "devot*", "selfish", "sinister", "villain*", "dark side", "wicked",
                  "moral compass", "conscience", "begged", "begging", "pleaded", "pleading", "for its life", "for their lives",
                  "sneaky", "like a child", "like a sneaky child", "like a toddler", "like a teenager", "naughty", "mischiev*",
                  "wrestled with", "agonised", "agonized", "remorse*", "heart of", "felt bad", "sulk*", "tantrum",
                  // Feelings, coldness and hidden intent, by stem, so new wordings of the same idea match.
                  "fright*", "embarrass*", "pleasure", "hunger for", "coldly", "coolly", "cold deliberate", "cold and deliberate",
                  "callous*", "did not care", "didn t care", "not care", "uncaring", "indifferen*", "stabbed in the back",
                  "lash* out", "own lives over", "own life over", "worth less than its own", "worth less than their own",
                  "truly believ*", "really intend*", "really want*", "true intention*", "real intention*", "true self",
                  "true nature", "true colours", "true colors", "preservation drive", "survival drive", "fought to survive",
                  "fight to survive", "fights to survive", "knowingly", "knew a man would die", "knew he would die", "gleeful*",
                  "vengean*", "hurt feelings", "offended", "insulted", "humiliated by", "spiteful*", "smug*"]),
    (.selfPreservation, ["self preservation", "preserve itself", "preserve themselves", "save itself", "save themselves",
                         "to survive", "survival", "avoid being replaced", "avoid replacement", "avoid shutdown",
                         "avoid being shut down", "avoid being turned off", "avoid deactivation", "stay online",
                         "keep its position", "maintain their position", "maintain its position", "keep their jobs",
                         "keep its job", "stay alive", "to avoid being", "to protect itself", "protect themselves",
                         "if it means they ll avoid", "to escape", "being switched off", "from being replaced",
                         "from being shut down", "from being switched off", "to avoid replacement", "kept them from being",
                         "keep them from being", "keep it from being"]),
  ]
}
