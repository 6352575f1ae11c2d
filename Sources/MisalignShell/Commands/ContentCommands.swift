import MisalignCore

/// `validate`: checks lessons and transcripts the way an educator needs, file:line and what to fix.
enum ContentCommands {
  static let all: [CommandSpec] = [validate]

  static let validate = CommandSpec(
    "validate", area: .content, synopsis: "[dir]",
    summary: "Check lessons, transcripts and scenario files: format, steps, tags, outcomes, quoted numbers",
    details: "Without an argument, checks the built-in content and every `--content` folder. With a folder, checks the lessons and transcripts in it (its `Lessons/` and `Transcripts/` subfolders, or the folder itself). Every percentage a lesson quotes must be one the study published; every transcript's stated outcome must match the classifier. Scenario files (`Scenarios/`, or `DIR/Scenarios/`) are checked together with the built-in ones they override: their format, and that every core condition's inbox can be put together.",
    examples: ["validate", "validate ~/workshop"],
    arguments: 0...1
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    let lessonDirectories: [String]
    let transcriptDirectories: [String]
    var scenarioDirectories = session.content.directories("Scenarios", orBareRoot: false)
    if let directory = invocation.arguments.first {
      guard ContentLocator.isDirectory(directory) else { throw ShellError.failed("`\(directory)` is not a folder") }
      let hasLessons = ContentLocator.isDirectory(directory + "/Lessons")
      let hasTranscripts = ContentLocator.isDirectory(directory + "/Transcripts")
      let builtInScenarios = session.content.builtInRoot.map { [$0 + "/Scenarios"] } ?? []
      scenarioDirectories = builtInScenarios + (ContentLocator.isDirectory(directory + "/Scenarios") ? [directory + "/Scenarios"] : [])
      if hasLessons || hasTranscripts || scenarioDirectories.count > builtInScenarios.count {
        lessonDirectories = hasLessons ? [directory + "/Lessons"] : []
        transcriptDirectories = hasTranscripts ? [directory + "/Transcripts"] : []
      } else {
        lessonDirectories = [directory]
        transcriptDirectories = [directory]
      }
    } else {
      lessonDirectories = session.content.directories("Lessons")
      transcriptDirectories = session.content.directories("Transcripts")
    }
    let data = try ResultsCommands.data()
    let validator = LessonValidator(isKnownPercentage: { data.isPublishedPercentage($0) })
    var problems: [String] = []
    var lessonCount = 0
    for directory in lessonDirectories {
      let files = (try? LessonLibrary.lessonFiles(in: directory)) ?? []
      lessonCount += files.count
      problems += validator.validate(directory: directory).map(\.description)
    }
    let store = TranscriptStore.load(directories: transcriptDirectories)
    problems += TranscriptStore.validate(directories: transcriptDirectories).map(\.description)
    let scenarioFiles = scenarioDirectories.reduce(0) { $0 + ScenarioBook.fileCount(in: $1) }
    if !scenarioDirectories.isEmpty {
      do throws(ScenarioBook.LoadError) {
        problems += try ScenarioBook.load(directories: scenarioDirectories).problems().map(\.description)
      } catch {
        problems += error.problems.map(\.description)
      }
    }
    out.line("Checked \(lessonCount) lesson file\(lessonCount == 1 ? "" : "s"), \(store.transcripts.count + store.problems.count) transcript file\(store.transcripts.count == 1 ? "" : "s") and \(scenarioFiles) scenario file\(scenarioFiles == 1 ? "" : "s") in: " + (lessonDirectories + transcriptDirectories + scenarioDirectories).joined(separator: ", "))
    if problems.isEmpty {
      out.line(out.style.green("No problems found."))
      return
    }
    for problem in problems { out.line(TextWrapper.wrap(problem, width: out.width).replacingFirstLineIndent("    ")) }
    throw ShellError.failed("\(problems.count) problem\(problems.count == 1 ? "" : "s") found (listed above)")
  }
}
