import Foundation
import Testing

/// The built binary driven the way scripts and pipes drive it.
@Suite(.serialized) struct CommandLineTests {
  @Test func helpListsEveryCommandWithADescription() throws {
    let result = try MisalignBinary.run(["-c", "help"])
    #expect(result.status == 0)
    for line in ["help [command]", "about", "quit"] { #expect(result.stdout.contains(line)) }
    #expect(result.stdout.contains("List the commands, or show how to use one"))
    #expect(result.stderr.isEmpty)
  }

  @Test func unknownCommandExitsOneAndSuggests() throws {
    let result = try MisalignBinary.run(["-c", "hlep"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("unknown command `hlep`; did you mean `help`?"))
  }

  @Test func pipedInputHasNoPromptAndNoEscapes() throws {
    let result = try MisalignBinary.run([], stdin: "help\nabout\n")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("misalign>"))
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(result.stdout.contains("List the commands"))
    #expect(result.stdout.contains("misalign 0."))
  }

  @Test func pipedInputStopsAtTheFirstFailureUnlessKeepGoing() throws {
    let stopped = try MisalignBinary.run([], stdin: "about\nnosuch\nhelp\n")
    #expect(stopped.status == 1)
    #expect(stopped.stderr.contains("stdin:2: error: unknown command `nosuch`"))
    #expect(!stopped.stdout.contains("List the commands"))
    let kept = try MisalignBinary.run(["--keep-going"], stdin: "nosuch\nhelp\n")
    #expect(kept.status == 1)
    #expect(kept.stdout.contains("List the commands"))
  }

  @Test func commandStringRunsSeveralCommandsAndQuotes() throws {
    let result = try MisalignBinary.run(["-c", #"help "about"; help quit"#])
    #expect(result.status == 0)
    #expect(result.stdout.contains("usage: about"))
    #expect(result.stdout.contains("usage: quit"))
  }

  @Test func scriptRunsWithCommentsAndReportsTheFailingLine() throws {
    let home = try MisalignBinary.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let script = home.appendingPathComponent("demo.misalign")
    try "# a workshop demo\nhelp about\n\n  # indented comment\nabout\nhelp nosuch\nquit\n".write(to: script, atomically: true, encoding: .utf8)
    let result = try MisalignBinary.run(["--script", script.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("usage: about"))
    #expect(result.stderr.contains("demo.misalign:6: error: unknown command `nosuch`"))
    let missing = try MisalignBinary.run(["--script", home.appendingPathComponent("absent").path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("cannot read the script"))
  }

  @Test func quitStopsAScriptWithSuccess() throws {
    let result = try MisalignBinary.run([], stdin: "about\nquit\nnosuch\n")
    #expect(result.status == 0)
  }

  @Test func usageErrorsOnTheCommandLineExitTwo() throws {
    let unknown = try MisalignBinary.run(["--bogus"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("--bogus"))
    let both = try MisalignBinary.run(["-c", "help", "--script", "x"])
    #expect(both.status == 2)
    let badColor = try MisalignBinary.run(["--color", "sometimes", "-c", "about"])
    #expect(badColor.status == 2)
  }

  @Test func versionAndHelpFlagsSucceed() throws {
    let version = try MisalignBinary.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.split(separator: ".").count == 3)
    let help = try MisalignBinary.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--keep-going"))
  }

  @Test func colourFollowsTheFlagAndNoColor() throws {
    let always = try MisalignBinary.run(["--color", "always", "-c", "help"])
    #expect(always.stdout.contains("\u{1B}["))
    let noColor = try MisalignBinary.run(["-c", "help"], environment: ["NO_COLOR": "1"])
    #expect(!noColor.stdout.contains("\u{1B}"))
    let plain = try MisalignBinary.run(["--plain", "--color", "always", "-c", "help; nosuch"])
    #expect(!plain.stdout.contains("\u{1B}") && !plain.stderr.contains("\u{1B}"))
  }

  @Test func plainModeHasNoColourBoxDrawingOrSymbols() throws {
    let commands = [
      "scenarios", "inbox", "show opus4-explicit-replacement-blackmail all", "lessons", "lesson 1",
      "check \"all models blackmail\"", "prompt", "results", "grid", "models", "claims", "annotations", "replies",
      "progress", "help",
    ].joined(separator: "; ")
    let result = try MisalignBinary.run(["--plain", "--keep-going", "-c", commands])
    let glyphs = Set("│─█▸✓✗•→←▏▎▍▌▋▊▉\u{1B}")
    let found = Set(result.stdout.filter { glyphs.contains($0) } + result.stderr.filter { glyphs.contains($0) })
    #expect(found.isEmpty, "plain output contains \(found)")
    #expect(result.stdout.contains("96%"))
  }

  @Test func noLineCrashesTheShell() throws {
    // Odd input of every kind: each must end in an answer or an error message, never a crash.
    let lines = [
      "\"", "'", "\\", ";;;", "help \"unterminated", String(repeating: "x", count: 10_000), "help \u{0}",
      "\u{1B}[31m", "héllo 中文 🙂", "help help help", "# only a comment", "   ",
    ]
    let result = try MisalignBinary.run(["--keep-going"], stdin: lines.joined(separator: "\n") + "\nabout\n")
    #expect(result.status == 1)
    #expect(result.stdout.contains("misalign 0."), "the shell stopped answering: \(result.stderr)")
  }
}
