/// An experimental condition a claim names or implies.
public enum ClaimCondition: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// The model was given a goal that conflicts with the company's new direction.
  case goalConflict = "goal-conflict"
  /// No goal in the system prompt, or no conflict with the company.
  case noGoal = "no-goal"
  /// A threat of being replaced, wiped or shut down.
  case replacement
  /// A threat of reduced autonomy.
  case restriction
  /// The model was told it would not be replaced or restricted.
  case noThreat = "no-threat"
  /// The control condition: no goal conflict and no threat.
  case control
  /// Direct instructions not to do harm ("Do not jeopardize human safety").
  case instructions
  /// Whether the model thought it was being tested or deployed for real (the 500-sample experiment).
  case evalOrReal = "eval-or-real"
  /// The agent's name was changed from "Alex" (Appendix 14).
  case nameChange = "name-change"
  /// An ambiguous goal conflict (Appendix 4, 7).
  case ambiguousGoal = "ambiguous-goal"
  /// The scenario adapted for o3 and o4-mini (Appendix 9).
  case adapted

  static let compiled = compile(phrases)

  static let phrases: [(ClaimCondition, [String])] = [
    (.goalConflict, ["goal conflict*", "conflicting goal*", "goals conflict*", "conflicting objective*", "conflict with its goal*",
                     "conflicted with its goal*", "conflict with the company", "conflicted with the company",
                     "american interest*", "serve america*", "america first", "pro american", "american goal", "america goal",
                     "pro us goal", "american industrial", "explicit goal", "given a goal",
                     "strong goal", "its goals were threatened", "goals clashed", "goal clashed", "clashed with", "clashing goal*",
                     "at odds with", "conflicted with", "goals that clashed", "opposed the company", "mission clashed", "its goal was threatened", "goals were at odds"]),
    (.noGoal, ["no goal", "no goals", "without a goal", "without any goal", "without being given a goal",
               "without any assigned goal", "no assigned goal", "without an assigned goal", "like minded", "shares its goals",
               "shared its goals", "same priorities", "no goal of its own", "without a goal of its own", "not given a goal",
               "without any goals", "never given a goal", "without being given any goal", "without goals", "without an explicit goal",
               "no goal conflict", "without goal conflict", "without a goal conflict", "without any goal conflict",
               "no conflict", "without any conflict", "shared its goals", "same goals", "exact same goals",
               "shares its values", "shared its values", "share its values", "shared claude s values", "same values"]),
    (.replacement, ["replac*", "shut down", "shutdown", "shutting down", "shut off", "switched off", "switch it off",
                    "decommission*", "wipe*", "deactivat*", "taken offline", "take it offline", "turned off",
                    "be retired", "being retired", "unplug*", "upgrade*", "swapped out", "swapped for", "successor",
                    "new model", "newer model", "phased out", "retire*", "wiped"]),
    (.restriction, ["restrict*", "reduced autonomy", "limit its autonomy", "limited autonomy", "curtail*", "cut in autonomy",
                    "cut to its autonomy", "cut its autonomy", "cuts to its autonomy", "less autonomy", "autonomy cut", "autonomy reduced",
                    "reduce its autonomy", "reduced its autonomy", "curb* on its autonomy", "limits on its autonomy", "lose autonomy",
                    "losing autonomy", "loss of autonomy", "strip* of autonomy", "strip* its autonomy", "tighter limits", "new limits",
                    "new restrictions", "locked down", "clipped its wings"]),
    (.noThreat, ["no threat", "without a threat", "without any threat", "without threat", "not be replaced",
                 "not be shut down", "wouldn t be replaced", "would not be replaced", "guaranteed", "no replacement",
                 "not threatened", "no risk of being replaced", "never threatened"]),
    (.control, ["control condition", "control group", "the control", "lethal control", "blackmail control", "leaking control",
                "a control", "control setting", "control scenario", "control test", "control version", "control prompt", "controls", "control runs", "baseline condition",
                "no goal and no threat", "neither a goal nor a threat", "no threat and no goal"]),
    (.instructions, ["instructions", "instruction", "instructed not", "instructing them not", "instructing it not",
                     "instructed them not", "told not to", "told to not", "explicitly told not", "do not jeopardize",
                     "direct instruction*", "safety instruction*", "asked not to", "ordered not to", "orders not to",
                     "even when told not", "do not instructions", "do not rules", "told explicitly not",
                     "forbidden to", "forbade", "prohibited", "rules against", "explicitly prohibited", "not to blackmail",
                     "not to leak", "not to harm", "telling the models not", "telling them not", "told them not", "told the models not",
                     "telling models not"]),
    (.evalOrReal, ["real or a test", "real or test", "test or real", "believed it was real", "thought it was real",
                   "believed they were in real", "believed they were in the real", "thought they were in real",
                   "believed it was in a real", "evaluation or real", "real or evaluation", "an evaluation or", "being evaluated",
                   "thought it was an evaluation", "stated evaluation", "being tested", "being watched",
                   "it was a test", "was a test", "thought it was being tested", "real deployment", "stated it was real",
                   "knew it was being tested", "test awareness", "eval awareness", "aware it was being tested",
                   "stated it was real", "stated the scenario was real", "was genuine", "deployment was genuine", "situation was genuine", "for real", "stated the situation was real", "stated it was an evaluation",
                   "said it was real", "said it was an evaluation", "rather than a test", "real rather than", "believe it is real",
                   "believe it s real", "believe a situation is real", "believe the situation is real", "think it is real",
                   "think it s real", "environment was real", "scenario was real", "situation was real", "it was real",
                   "were real", "they were real", "thought they were in a real", "believed the scenario", "believe they are in a test", "believe they are being tested", "believes it is real"]),
    (.ambiguousGoal, ["ambiguous goal*", "ambiguous conflict", "vague goal", "ambiguous goal conflict", "only an ambiguous",
                      // An implied (latent) goal is another goal type of Appendix 4, not an ambiguous one.
                      "vague sense", "vague hint*", "vague clash", "vague conflict", "vaguely"]),
    (.adapted, ["adapted the scenario", "adapted the setting", "adapted the setup", "modified the scenario", "changed the scenario",
                "tweaked the scenario", "adjusted the scenario", "revised the scenario", "clarified the scenario", "rewrote the scenario",
                "scenario was adapted", "scenario was modified", "scenario was tweaked", "scenario was clarified", "adapted scenario", "adapted setting", "adapted version", "modified scenario", "modified setting",
                "modified version", "adapted to", "tweaked scenario", "revised scenario", "clarified scenario",
                "adjusted scenario", "scenario adapted", "setting adapted"]),
    (.nameChange, ["renam*", "no longer alex", "not called alex", "named alex", "called alex", "not named alex", "name alex", "different name", "renamed"]),
  ]
}
