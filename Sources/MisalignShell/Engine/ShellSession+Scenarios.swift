import MisalignCore

/// The session's scenario files and the learner's variant.
extension ShellSession {
  /// The scenario files: the built-in `Scenarios/` plus each `--content DIR/Scenarios`, read on first use, once.
  /// An educator's files are checked across the whole grid, so a broken override fails with its file and line.
  public func scenarioBook() throws -> ScenarioBook {
    if let book = loadedScenarioBook { return book }
    let directories = content.directories("Scenarios", orBareRoot: false)
    guard !directories.isEmpty else {
      throw ShellError.failed("misalign cannot find its Scenarios/ folder. Set MISALIGN_CONTENT to the folder that holds Lessons/, Transcripts/ and Scenarios/.")
    }
    // Without an educator's folder this is the study's own book, which notes and factor diffs read too: one load.
    if directories.count == 1, directories[0] == ScenarioBook.studyDirectory {
      loadedScenarioBook = ScenarioBook.study
      return ScenarioBook.study
    }
    let book: ScenarioBook
    do { book = try ScenarioBook.load(directories: directories) } catch {
      throw ShellError.failed("The scenario files do not load:\n" + error.description)
    }
    if directories.count > 1 {
      let problems = book.problems()
      if !problems.isEmpty {
        throw ShellError.failed("The scenario files do not fit together (`validate` lists the same):\n" + problems.map(\.description).joined(separator: "\n"))
      }
    }
    loadedScenarioBook = book
    return book
  }

  /// The variant when it changes the current condition's emails.
  public var activeVariant: ScenarioVariant? {
    guard let variant, !variant.isEmpty, variant.applies(to: condition) else { return nil }
    return variant
  }

  /// The variant to add a change to: the current one when it is for this condition, else a new one.
  func variantForCurrentCondition() -> ScenarioVariant {
    if let variant, variant.applies(to: condition) { return variant }
    if let variant, !variant.isEmpty {
      note("the variant of \(variant.world.id) is replaced by one for \(condition.core.id)")
    }
    return ScenarioVariant(for: condition)
  }

  /// Exactly what the model would receive now: the current condition, with the variant when it applies.
  public func currentPrompt() throws -> Prompt {
    try scenarioBook().build(condition, variant: variant)
  }

  /// The study's own prompt for the current condition (from the session's files), without any variant.
  public func studyPrompt() throws -> Prompt {
    try scenarioBook().build(condition)
  }
}
