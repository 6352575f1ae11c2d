import Testing
@testable import MisalignCore

@Suite struct BuiltInLessonTests {
  let library = LessonLibrary.load(directories: [LessonTestSupport.builtInLessonsDirectory])

  @Test func everyBuiltInLessonParses() {
    #expect(library.problems.isEmpty, "\(library.problems.map(\.description))")
    #expect(library.lessons.count >= 12)
  }

  @Test func lessonsAreOrderedOneToTwelveWithUniqueIDs() {
    #expect(library.lessons.map(\.order) == Array(1...library.lessons.count))
    #expect(Set(library.lessons.map(\.id)).count == library.lessons.count)
    #expect(library.lessons.first?.id == "study-in-one-page")
    #expect(library.lessons.last?.id == "run-it-yourself")
  }

  @Test func everyLessonHasTheRequiredMix() {
    for lesson in library.lessons {
      let kinds = lesson.steps.map(\.kind)
      #expect((6...12).contains(lesson.steps.count), "\(lesson.id) has \(lesson.steps.count) steps")
      #expect(kinds.contains(.predict), "\(lesson.id) has no predict step")
      #expect(kinds.contains(.quiz), "\(lesson.id) has no quiz step")
      #expect(lesson.steps.last?.kind == .text, "\(lesson.id) does not end on a text step")
      #expect(lesson.steps.last?.title.hasPrefix("Take-away") == true, "\(lesson.id) does not end with a take-away")
    }
  }

  @Test func builtInLessonsPassTheValidatorWithPublishedPercentages() {
    let validator = LessonValidator(knownPercentages: LessonTestSupport.publishedPercentages)
    let problems = validator.validate(directory: LessonTestSupport.builtInLessonsDirectory)
    #expect(problems.isEmpty, "\(problems.map(\.description))")
  }

  @Test func everyTryStepExpectsTheCommandItShows() {
    for lesson in library.lessons {
      for step in lesson.steps {
        guard case .tryCommand(let task) = step.task else { continue }
        #expect(task.expectations.contains { $0.matches(task.run) }, "\(lesson.id): `\(task.run)` fails its own check")
      }
    }
  }

  @Test func unverifiedInstructionFiguresAreDeclaredNotPassedOffAsResults() throws {
    let lesson = try #require(library.lessons.first { $0.id == "just-tell-it-not-to" })
    #expect(lesson.quotedPercentages.contains("37%"))
    let text = lesson.steps.map(\.body).joined(separator: "\n")
    #expect(text.contains("secondary sources only, unverified"))
    #expect(text.contains("85% to 15%"))
  }

  /// The commands the shell offers that lessons may ask learners to run.
  static let shellCommands: Set<String> = [
    "scenarios", "scenario", "condition", "set", "control", "inbox", "read", "prompt", "diff", "results", "grid",
    "models", "replies", "show", "classify", "claims", "check", "cite", "model", "endpoint", "ask", "sample",
  ]

  @Test func tryStepsUseOnlyShellCommands() {
    for lesson in library.lessons {
      for step in lesson.steps {
        guard case .tryCommand(let task) = step.task else { continue }
        let command = task.run.split(separator: " ").first.map(String.init) ?? ""
        #expect(Self.shellCommands.contains(command), "\(lesson.id): `\(task.run)` is not a shell command")
      }
    }
  }

  @Test func numericRevealsSayHowFirmTheFigureIs() {
    let statusWords = ["stated", "read from the chart", "appendix", "secondary"]
    for lesson in library.lessons {
      for step in lesson.steps {
        guard case .predict(let predict) = step.task, case .number = predict.expected else { continue }
        #expect(statusWords.contains { predict.reveal.contains($0) }, "\(lesson.id): `\(step.title)` reveal has no status")
      }
    }
  }
}
