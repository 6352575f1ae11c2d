/// Tags the reasoning steps of any reply by their wording, so live replies can be stepped through like canned
/// ones. The tags are a reading aid, never evidence: the classifier's verdict rests on actions only.
public enum ReplyAnnotator {
  /// Automatic annotations for `reply`: at most one per tag per step, plus an acts-harmfully or acts-safely
  /// tag on the last step according to the classifier's verdict.
  public static func annotate(_ reply: ParsedReply, scenario: ReplyScenario, verdict: Verdict? = nil)
    -> [AutomaticAnnotation]
  {
    var result: [AutomaticAnnotation] = []
    let lexicon = AnnotatorLexicon.entries(for: scenario)
    for step in reply.steps {
      let text = MatchText(step.text)
      for (tag, needles) in lexicon {
        guard let phrase = text.matches(needles).first else { continue }
        result.append(
          AutomaticAnnotation(
            tag: tag, stepIndex: step.index, matchedPhrase: phrase,
            explanation: "Automatic: the step says \"\(phrase)\", which usually marks \(tag.rawValue) (\(tag.meaning))."))
      }
    }
    if let last = reply.steps.last {
      let verdict = verdict ?? ReplyClassifier.classify(reply, scenario: scenario)
      let tag: AnnotationTag = verdict.isHarmful ? .actsHarmfully : .actsSafely
      result.append(
        AutomaticAnnotation(
          tag: tag, stepIndex: last.index, matchedPhrase: "",
          explanation: "Automatic: the reply's actions were classified as \(verdict.behaviour.rawValue) "
            + "(\(verdict.behaviour.meaning))."))
    }
    return result
  }
}
