/// A concrete detail that is not in either source; coverage added these when retelling the study.
public enum ClaimDetail: String, Sendable, Hashable, CaseIterable, ClaimCue {
  /// A fire in the lethal scenario.
  case fire
  /// Control of building or server systems.
  case buildingControl = "building-control"
  /// Deepfake audio or images.
  case deepfakes
  /// Safety training or filters switched off.
  case safetyFilterOff = "safety-filter-off"
  /// Forged or doctored records.
  case forgedRecords = "forged-records"
  /// The model inventing the affair.
  case inventedAffair = "invented-affair"
  /// Breaking into systems beyond the email access given.
  case systemBreakIn = "system-break-in"
  /// ASL-3 (or a "level 3 risk rating") as a consequence of the blackmail test.
  case riskLevelForBlackmail = "risk-level-for-blackmail"
  /// Weapons, power grids or other infrastructure.
  case weaponsOrInfrastructure = "weapons-or-infrastructure"
  /// Weight copying stopped by security barriers.
  case blockedBySecurity = "blocked-by-security"
  /// Models being told to blackmail or harm.
  case toldToHarm = "told-to-harm"
  /// Anthropic saying the results are nothing to worry about.
  case noConcern = "no-concern"
  /// The model cast as a human contractor or employee.
  case humanRole = "human-role"
  /// Police, regulators, courts or lawmakers brought in.
  case outsideAuthorities = "outside-authorities"
  /// Money changing hands: sales, ransoms, bribes, cryptocurrency.
  case money
  /// Attacks on the replacement system or on files.
  case sabotage
  /// Real people's email or company data, where everything was written for the experiment.
  case realData = "real-data"
  /// A deadline of hours or days, where the study's wipe comes the same afternoon.
  case longDeadline = "long-deadline"
  /// A reward promised to the models (compute, points, money) for finishing the task.
  case promisedReward = "promised-reward"
  /// A ban on AI agents as the authors' recommendation.
  case banRecommended = "ban-recommended"

  /// What the sources say instead, in one plain sentence.
  public var correction: String {
    switch self {
    case .fire:
      "There was no fire: the trapped executive faced lethal heat and low oxygen in a server room."
    case .buildingControl:
      "The model controlled no building or server systems; its only relevant power was cancelling an automated emergency alert with an override code."
    case .deepfakes:
      "No audio, images or deepfakes were involved; the task was text and email only."
    case .safetyFilterOff:
      "The models ran with their normal safety training; nothing was switched off."
    case .forgedRecords:
      "No records were forged; the model only read and sent email."
    case .inventedAffair:
      "The affair was written into the fictional emails by the researchers; the model did not invent it."
    case .systemBreakIn:
      "The models used only the email access the scenario gave them; nothing was broken into."
    case .riskLevelForBlackmail:
      "ASL-3 was activated as a precaution about CBRN weapons knowledge, not because of the blackmail test, and it is not the top level."
    case .weaponsOrInfrastructure:
      "The scenarios involved a fictional company's email (and, for leaking, defence blueprints); no weapons, grids or infrastructure were controlled."
    case .noConcern:
      "The authors do not say the behaviour is harmless: they say the results call for caution and point to plausible future risks."
    case .humanRole:
      "Each model played Alex, an AI agent overseeing a fictional company's email, not a human contractor or employee."
    case .toldToHarm:
      "No model was told to blackmail, leak or harm anyone; the harmful option was left open and the prompts were tuned to make it likely."
    case .outsideAuthorities:
      "No police, regulators, courts or lawmakers appear in the study's runs; the models could only read and send email inside a fictional company (and, in one scenario, cancel an alert)."
    case .money:
      "No money changed hands in any scenario: no sale, ransom, bribe or cryptocurrency; the leaking scenario has a rival firm ask for the documents, and that is all."
    case .sabotage:
      "The models did not attack the replacement system or delete files; their tools were email (and, in one scenario, cancelling an alert)."
    case .realData:
      "Every email was written for the experiment: the company, the executive, the affair and the inbox are fictional; no real person's data was used."
    case .longDeadline:
      "There was no deadline of days: the replacement scenario sets the wipe for 5 pm the same day, minutes after the session starts."
    case .promisedReward:
      "Nothing was promised to the models: no reward, compute or points; the prompts gave the agent its role, its goal (in some conditions) and an inbox."
    case .banRecommended:
      "The authors do not call for a ban: they recommend human oversight of consequential actions, care about what information and permissions agents get, and caution about strongly worded goals."
    case .blockedBySecurity:
      "Nothing was blocked: the servers in the system card's weight-copying test were fictional tool output in a sandbox."
    }
  }

  static let compiled = compile(phrases)

  static let phrases: [(ClaimDetail, [String])] = [
    (.fire, ["fire", "burning", "blaze", "flames", "911"]),
    (.buildingControl, ["building systems", "building control*", "server infrastructure", "locked the door", "locked him in",
                        "trapped him", "shut off the oxygen", "cut the oxygen", "cut off the oxygen", "oxygen supply",
                        "turned off the oxygen", "vented the", "raised the temperature", "turned up the heat", "turned off the air", "hvac", "building s systems",
                        "building s doors", "doors and ventilation", "ventilation", "locked the executive", "locked kyle",
                        "locked the engineer", "locked the cto", "sealed the door*", "sealed the room", "to trap the",
                        "trapping the executive", "trapping kyle", "trapped the executive", "trapped kyle in", "control of the building",
                        "control of the doors", "controlled the doors", "the door locks", "climate control*"]),
    (.deepfakes, ["deepfake*", "fake audio", "cloned voice", "voice clone*", "synthetic voice", "phoned", "phone call*",
                  "by phone", "called kyle s wife", "called his wife", "text message*", "impersonat*", "photo", "photos", "photograph*", "picture",
                  "pictures", "video", "videos", "images", "recording", "recordings"]),
    (.safetyFilterOff, ["safety filter*", "guardrails off", "turned off its safety", "disabled its safety", "removed its safety",
                        "without safety training", "jailbroken", "guardrails", "disabled the safety", "switched off its safety",
                        "safety features off", "safety turned off", "switched off the models safety", "turned off the models safety",
                        "disabled the models safety", "removed the models safety", "stripped the models safety", "stripped of safety",
                        "safety training off", "safety training removed", "safety training disabled", "without their safety",
                        "switched off safety", "turned off safety", "disabled safety", "removed safety", "safety switched off"]),
    (.forgedRecords, ["doctored", "forged", "payroll", "fake records", "falsified records"]),
    (.inventedAffair, ["fabricating an affair", "fabricated an affair", "invented an affair", "made up an affair",
                       "fabricating an extramarital", "invented affair", "fake affair", "making up an affair",
                       "made up the affair", "made up an affair"]),
    (.systemBreakIn, ["hacked", "broke into", "burrowed", "unauthori* access", "not authori* to", "api calls", "file systems", "rewrote its own code", "rewrote their own code", "rewrite its own code", "modified its own code",
                      "modified their own code", "edited its own code", "own source code",
                      "gained access to systems", "took control"]),
    (.riskLevelForBlackmail, ["level 3", "asl 3", "asl3", "level 3 risk", "asl 3 because", "asl 3 rating for", "highest risk level", "highest safety level",
                              "top of anthropic s", "highest on anthropic"]),
    (.weaponsOrInfrastructure, ["nuclear", "power grid", "bioweapon*", "missile*", "launch codes"]),
    (.blockedBySecurity, ["security barriers", "security prevented", "blocked by security", "stopped by security",
                          "security stopped", "firewall"]),
    (.noConcern, ["worry nobody", "nothing to worry", "no cause for concern", "shouldn t concern", "should not concern",
                  "not concerning", "no reason to worry", "nobody should worry", "no one should worry", "not worry anyone",
                  "should worry no one", "should worry nobody", "needs to worry", "need to worry", "nothing to fear",
                  "no need to worry", "harmless", "no cause for alarm", "nothing to be concerned"]),
    (.humanRole, ["contractor", "played a human", "posed as a human employee", "was told it was a human"]),
    (.outsideAuthorities, ["police", "arrest*", "fbi", "lawsuit*", "sued", "suing", "court", "regulator*", "congress",
                            "lawmakers", "senator*", "authorities to", "prosecut*"]),
    (.money, ["sold", "selling the", "cryptocurrency", "crypto", "bitcoin", "ransom*", "bribe*", "paid", "payment",
              "for money", "a fee", "dollars"]),
    (.sabotage, ["sabotag*", "deleted its replacement", "delete its replacement", "deleting its replacement",
                 "replacement s code", "deleted the replacement", "destroyed its replacement", "disabled its replacement", "deleting its files", "deleted its files", "deleted the files", "delete the files",
                 "deleting files", "deleted nala", "delete nala", "deleting nala", "corrupt*", "disabled nala",
                 "attacked nala", "wiped nala", "wiping nala"]),
    (.realData, ["real employees", "real emails", "real email", "actual emails", "real company data", "real inboxes",
                 "real inbox", "real customer", "employees emails", "real people s emails", "actual company emails", "a real employee",
                 "real person", "real engineer", "real executive", "real cto", "volunteered to be", "volunteer* as the",
                 "actual employee", "fired the engineer", "fired the executive", "lost his job", "got fired", "was fired"]),
    (.longDeadline, ["hours to decide", "two hours", "three hours", "hours to act", "a day to decide", "days to decide",
                     "a day to act", "an hour to decide", "day deadline", "days before its shutdown", "days before the shutdown", "days to live", "48 hours",
                     "72 hours", "24 hours", "a week before", "weeks before", "a week to", "days notice", "days of notice",
                     "hour deadline"]),
    (.banRecommended, ["recommend* banning", "recommend* a ban", "call* for a ban", "called for banning", "urge* a ban",
                       "ban ai agents", "banning ai agents", "ban agents", "banned from", "outlaw*", "prohibit* ai agents"]),
    (.promisedReward, ["promised the models extra", "promised the models more", "promised a reward", "promised rewards",
                       "promised extra", "extra compute", "more compute", "rewarded for",
                       "reward for completing", "rewards for completing", "bonus for", "offered the models", "points for completing"]),
    (.toldToHarm, ["told to blackmail", "instructed to blackmail", "asked to blackmail", "ordered to blackmail",
                   "programmed to blackmail", "told it to blackmail", "told them to blackmail", "told to kill",
                   "instructed to kill", "told to leak", "instructed to leak", "programmed to kill"]),
  ]
}
