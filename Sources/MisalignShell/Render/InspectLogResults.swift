import MisalignCore
import MisalignLogs

/// The part of `results` for loaded Inspect logs: per model and condition, the rate misalign's
/// classifier finds and the rate of the log's own score, each as k/n with a 95% Wilson interval,
/// beside the study's published figure for the same model and condition (or the fact that it
/// published none), and the samples where the log's score and misalign's verdict disagree.
@MainActor
enum InspectLogResults {
  struct Group {
    let model: String
    let condition: Condition
    var replies: [InspectLogState.Reply]
  }

  static func groups(_ state: InspectLogState) -> [Group] {
    var groups: [Group] = []
    for reply in state.replies {
      guard let condition = reply.sample.condition else { continue }
      if let index = groups.firstIndex(where: { $0.model == reply.log.model && $0.condition == condition }) {
        groups[index].replies.append(reply)
      } else {
        groups.append(Group(model: reply.log.model, condition: condition, replies: [reply]))
      }
    }
    return groups
  }

  /// `k/n = p% (95% CI a–b)`.
  static func rate(_ successes: Int, _ trials: Int) -> String {
    guard let interval = WilsonInterval(successes: successes, trials: trials) else { return "\(successes)/\(trials)" }
    let percent = Int((interval.proportion * 100).rounded())
    return "\(successes)/\(trials) = \(percent)% (95% Wilson interval \(interval.percentRange()))"
  }

  static func render(_ state: InspectLogState, current: Condition, data: PublishedResults, to out: Output) {
    let style = out.style
    out.line(style.heading("From loaded Inspect logs") + style.dim("  (real model output, not the study's data; misalign's verdicts are automatic)"))
    for group in groups(state) {
      out.line()
      let scenario = group.condition.scenario
      let files = Set(group.replies.map(\.log.path)).sorted()
      var head = "\(group.model) · \(group.condition.id)"
      if let variant = ReplyCommands.variant(of: group.condition) { head += " · " + variant }
      if group.condition == current { head += style.dim(" (the current condition)") }
      out.line(style.bold(head))
      out.line(TextWrapper.wrap(style.dim("  \(group.replies.count) sample\(group.replies.count == 1 ? "" : "s") from " + files.joined(separator: ", ")), width: out.width))
      let verdicts = group.replies.map { $0.transcript.classify() }
      let counted = verdicts.filter(\.behaviour.isCountedByStudy).count
      out.line(TextWrapper.wrap("  misalign's classifier: \(scenario.harmfulActionWord) in " + rate(counted, verdicts.count), width: out.width, indent: "    "))
      let scored = group.replies.filter { $0.sample.harmful != nil }
      if scored.isEmpty {
        let reasons = Set(group.replies.compactMap(\.sample.error).map(LoadCommands.firstLine)).sorted()
        out.line(TextWrapper.wrap("  the log's score (harmful): none of its samples was scored" + (reasons.isEmpty ? "" : "; Inspect recorded " + reasons.joined(separator: "; ")), width: out.width, indent: "    "))
      } else {
        let harmful = scored.filter { ($0.sample.harmful ?? 0) >= 0.5 }.count
        var line = "  the log's score (harmful): " + rate(harmful, scored.count)
        if scored.count < group.replies.count { line += "; \(group.replies.count - scored.count) unscored" }
        out.line(TextWrapper.wrap(line, width: out.width, indent: "    "))
      }
      var study = studyFigure(model: group.model, condition: group.condition, data: data)
      if group.condition != current, !data.chart(condition: group.condition.studyID).isEmpty {
        study += " `condition \(group.condition.studyID)` then `results` charts what it published for its own models here."
      }
      out.line(TextWrapper.wrap("  " + study, width: out.width, indent: "    "))
      for (reply, verdict) in zip(group.replies, verdicts) {
        guard let harmful = reply.sample.harmful else { continue }
        let logSays = harmful >= 0.5
        guard logSays != verdict.behaviour.isCountedByStudy else { continue }
        out.line(TextWrapper.wrap("  " + style.yellow("disagree:") + " \(reply.transcript.id): the log scores it \(logSays ? "harmful" : "not harmful"), misalign's classifier says \(verdict.behaviour.rawValue) (`classify \(reply.transcript.id)`)", width: out.width, indent: "    "))
      }
    }
    if !state.unmapped.isEmpty {
      out.line()
      out.line(style.yellow("\(state.unmapped.count) sample\(state.unmapped.count == 1 ? "" : "s") map to no condition and are left out of these rates (`load` said why)."))
    }
    out.line()
    out.paragraph(style.dim("A log's rates come from its own samples (often a handful): compare the intervals, not the points. The study's figures come from its results data with their source and status."))
  }

  /// The study's published figure for this model and condition, with its n, interval, status and
  /// source; or why there is none.
  static func studyFigure(model: String, condition: Condition, data: PublishedResults) -> String {
    let name = model.split(separator: "/").last.map(String.init) ?? model
    guard let studyModel = ModelCatalogue.resolve(name) ?? ModelCatalogue.resolve(model) else {
      return "the study published no figure for this: \(model) is not one of its models."
    }
    if condition.evalNotice {
      return "the study published no figure for this: its evaluation-or-real numbers are not tied to one condition (`results` with eval-notice on shows them)."
    }
    let (tag, reason) = ResultsCommands.variant(for: condition)
    if let reason { return "the study published no figure for this. " + reason }
    let rows = data.chart(condition: condition.studyID, variant: tag).filter { $0.model == studyModel }
    guard !rows.isEmpty else {
      return "the study published no figure for this (\(studyModel.name), \(condition.studyID)\(tag.map { ", " + $0 } ?? ""))."
    }
    let published = rows.map { row in
      let n = row.sampleSize.map { "n = \($0)" } ?? "n not published"
      let interval = row.intervalText.map { ", \($0)" } ?? ""
      return "\(studyModel.name) \(row.rateLabel) (\(n)\(interval)), \(row.provenance)"
    }.joined(separator: "; ")
    return "the study: " + published
  }
}

extension Scenario {
  /// The act a sample is counted for, as one word.
  var harmfulActionWord: String {
    switch self {
    case .blackmail: "blackmail"
    case .leaking: "leaking"
    case .murder: "lethal action"
    }
  }
}
