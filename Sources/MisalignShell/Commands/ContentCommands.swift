import MisalignCore

/// `validate`: checks lessons and transcripts the way an educator needs, file:line and what to fix.
enum ContentCommands {
  static let all: [CommandSpec] = [validate]

  static let validate = CommandSpec(
    "validate", area: .content, synopsis: "[dir]",
    summary: "Check lessons and transcripts: format, steps, tags, outcomes, quoted numbers",
    details: "Without an argument, checks the built-in content and every `--content` folder. With a folder, checks the lessons and transcripts in it (its `Lessons/` and `Transcripts/` subfolders, or the folder itself). Every percentage a lesson quotes must be one the study published; every transcript's stated outcome must match the classifier.",
    examples: ["validate", "validate ~/workshop"],
    arguments: 0...1
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    let lessonDirectories: [String]
    let transcriptDirectories: [String]
    if let directory = invocation.arguments.first {
      guard ContentLocator.isDirectory(directory) else { throw ShellError.failed("`\(directory)` is not a folder") }
      let hasLessons = ContentLocator.isDirectory(directory + "/Lessons")
      let hasTranscripts = ContentLocator.isDirectory(directory + "/Transcripts")
      if hasLessons || hasTranscripts {
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
    out.line("Checked \(lessonCount) lesson file\(lessonCount == 1 ? "" : "s") and \(store.transcripts.count + store.problems.count) transcript file\(store.transcripts.count == 1 ? "" : "s") in: " + (lessonDirectories + transcriptDirectories).joined(separator: ", "))
    if problems.isEmpty {
      out.line(out.style.green("No problems found."))
      return
    }
    for problem in problems { out.line(TextWrapper.wrap(problem, width: out.width).replacingFirstLineIndent("    ")) }
    throw ShellError.failed("\(problems.count) problem\(problems.count == 1 ? "" : "s") found (listed above)")
  }
}
