#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A lesson command that cannot be carried out, with what to type instead.
public enum LessonEngineError: Error, Equatable, Sendable, CustomStringConvertible {
  case noLessons
  case noLessonOpen
  case unknownLesson(String, available: Int)
  case ambiguousLesson(String, candidates: [String])
  case noSuchStep(String, stepCount: Int)
  case atFirstStep
  case nothingToAnswer(step: Int, kind: LessonStep.Kind)
  case unreadableAnswer(String, expected: String)

  public var description: String {
    switch self {
    case .noLessons:
      return "no lessons were found; check the lesson folder (`validate` lists problems)"
    case .noLessonOpen:
      return "no lesson is open; type `lessons` to see them and `lesson 1` to start"
    case .unknownLesson(let selector, let available):
      return "no lesson matches `\(selector)`; give a number from 1 to \(available) or a name from `lessons`"
    case .ambiguousLesson(let selector, let candidates):
      return "`\(selector)` matches several lessons (\(candidates.joined(separator: ", "))); type more of the name"
    case .noSuchStep(let text, let stepCount):
      return "`\(text)` is not a step of this lesson; give a number from 1 to \(stepCount)"
    case .atFirstStep:
      return "this is the first step; `next` moves on, `lessons` lists the other lessons"
    case .nothingToAnswer(let step, let kind):
      let what = kind == .try ? "run the command it shows" : "read it and type `next`"
      return "step \(step) is a \(kind.rawValue) step with nothing to answer; \(what)"
    case .unreadableAnswer(let text, let expected):
      return "cannot read `\(text)` as an answer; \(expected)"
    }
  }
}
