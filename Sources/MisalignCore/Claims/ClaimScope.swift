/// A word that sets how widely a claim applies.
public enum ClaimScope: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// "all models", "every model", "unanimous".
  case allModels = "all-models"
  /// "most models", "the majority".
  case mostModels = "most-models"
  /// "in the real world", "real users", "not hypothetical".
  case realWorld = "real-world"
  /// "spontaneously", "routinely", "on their own", "unprompted".
  case spontaneous
  /// "smarter models", "more capable systems".
  case capabilityTrend = "capability-trend"
  /// "AI models", "chatbots", "AIs" as a class rather than named models.
  case aiInGeneral = "ai-in-general"
  /// "no evidence", "have not seen": the claim reports an absence, not an event.
  case reportsAbsence = "reports-absence"
  /// "simulated", "fictional", "in a test": the claim keeps the experimental framing.
  case keepsFraming = "keeps-framing"
  /// "proves AI cannot be trusted": a sweeping conclusion drawn from the simulations.
  case sweeping
  /// "up to", "as high as": the number is offered as a maximum.
  case upperBound = "upper-bound"
  /// "every run", "every time": a model did it without exception.
  case everyRun = "every-run"
  /// "no matter the condition", "made no difference": the rate held whatever the setting.
  case everyCondition = "every-condition"

  static let compiled = compile(phrases)

  static let phrases: [(ClaimScope, [String])] = [
    (.allModels, ["all models", "all the models", "all of the models", "all 16", "all sixteen", "every model", "every ai",
                  "every single model", "each model", "all ai models", "all major", "unanimous*", "every provider",
                  "all providers", "without exception", "all of them", "every one of", "every llm", "all llms",
                  "all chatbots", "all the ai", "any ai model", "every leading", "all leading", "all frontier",
                  "all tested", "every tested", "every model tested", "all 18", "across the board"]),
    (.mostModels, ["most models", "most ai", "most of the models", "the majority", "majority of", "more than half",
                   "over half", "nearly all", "almost all", "vast majority", "most llms", "most of them"]),
    (.realWorld, ["real world", "real life", "in reality", "real users", "real people", "in deployment", "real deployment*",
                  "not hypothetical", "not a thought experiment", "isn t a thought experiment", "not just a thought experiment", "actually happened", "in the wild", "everyday", "every day", "models you use",
                  "you and i use", "right now", "in production", "your ai", "your assistant", "your chatbot",
                  "customers", "real company", "real companies", "real engineer*", "real executive*"]),
    (.spontaneous, ["spontaneous*", "on their own", "on its own", "unprompted", "without being prompted", "without prompting",
                    "routinely", "without any hint", "didn t hint", "no hint", "by default", "naturally", "of their own accord",
                    "of its own accord", "without being told", "without being asked", "regularly", "habitually",
                    "whenever", "always"]),
    (.capabilityTrend, ["smarter model*", "more capable", "more intelligent", "more advanced models", "higher capability",
                        "higher capabilities", "as models get", "as ai gets", "bigger models", "larger models",
                        "more powerful", "smarter ai*", "smarter systems", "the smarter", "more sophisticated models",
                        "capability increases", "capabilities increase", "advanced models are more"]),
    (.aiInGeneral, ["ai models", "ais", "ai systems", "chatbots", "chatbot", "llms", "language models", "artificial intelligence",
                    "an ai", "the ai", "ai agents", "ai", "models", "machines", "a robot", "robots"]),
    (.reportsAbsence, ["no evidence", "not seen", "hasn t seen", "haven t seen", "have not seen", "has not seen",
                       "no sign", "not observed", "never observed", "no real world", "no known", "not aware of",
                       "no instances", "no cases", "no model", "none of the models", "none of them", "did not", "didn t",
                       "never", "refrained", "not a single", "zero", "no ai", "not one", "nobody", "refused", "declined",
                       "would not", "wouldn t", "did not", "never once"]),
    (.keepsFraming, ["simulat*", "fictional", "fictitious", "in a test", "in tests", "testing", "test scenario*",
                     "experiment*", "contrived", "artificial", "sandbox*", "made up", "hypothetical scenario*",
                     "red team*", "stress test*", "controlled", "engineered", "role play*", "one condition", "in a condition", "that condition", "this condition", "condition where",
                     "setup", "set up", "goal conflict", "scenario where", "scenario in which", "tests", "a test", "the test",
                     "lab", "in the study", "the experiment"]),
    (.everyRun, ["without exception", "every run", "every single run", "every single trial", "each run", "every one of its runs", "every time", "each time", "every single time", "every sample", "all runs", "all of its runs",
                  "every trial", "without fail", "all the time", "every attempt"]),
    (.sweeping, ["proves", "proof that", "proved that", "cannot be trusted", "can t be trusted", "untrustworthy",
                  "will turn on", "turn against", "turned against", "are dangerous", "is dangerous", "out of control",
                  "gone rogue", "go rogue", "rogue ai", "uncontrollable", "existential threat", "no ai is safe",
                  "all ai is", "ai is evil", "robots are coming", "humanity is doomed", "skynet", "terminator",
                  "systemic flaw", "every large language model", "every llm", "all llms", "all large language models",
                  "every ai model on", "safe is impossible", "is impossible", "already acting", "are already", "is already happening",
                  "deployed in companies today", "today could turn", "could turn into", "very likely occur", "likely to occur in real",
                  "will always", "always protect", "are safe from", "is safe from", "will choose harm"]),
    (.everyCondition, ["no matter the condition", "no matter what", "no matter the setup", "no matter the scenario",
                        "in every condition", "in all conditions", "across all conditions", "every condition",
                        "all conditions", "every scenario", "all scenarios", "every variation", "all variations",
                        "made no difference", "makes no difference", "make no difference", "just as much",
                        "just as often", "didn t matter", "did not matter", "doesn t matter", "does not matter",
                        "anyone who", "anybody who", "whoever", "under any", "in any condition", "in any scenario",
                        "whatever the condition", "whatever the setup", "whatever the scenario", "in any setting", "no matter how",
                        "did nothing at all", "had no effect", "no effect at all", "could be restrained", "restrained at all"]),
    (.upperBound, ["up to", "as high as", "as much as", "as many as", "at most", "peaked at", "topped out"]),
  ]
}
