import ArgumentParser
import MisalignShell
import Testing

@testable import MisalignCLI

/// QuickArguments skips ArgumentParser at start-up, so it must read every command line it accepts
/// exactly as ArgumentParser does, and leave everything else to it.
@Suite struct QuickArgumentsTests {
  struct Parsed: Equatable {
    var commands: String?, script: String?, content: [String], color: ColorMode, plain: Bool, keepGoing: Bool
    init(_ options: ShellOptions) {
      commands = options.commands
      script = options.scriptPath
      content = options.contentDirectories
      color = options.color
      plain = options.plain
      keepGoing = options.keepGoing
    }
  }

  static let environment = ["HOME": "/nowhere"]

  func argumentParser(_ arguments: [String]) -> Parsed? {
    guard let command = try? MisalignCommand.parseAsRoot(arguments) as? MisalignCommand else { return nil }
    return Parsed(command.shellOptions(environment: Self.environment))
  }

  /// Every combination of the pieces below, up to three pieces long: 5,000-odd command lines,
  /// ordinary and odd (repeats, missing values, values that look like options, --name=value).
  static let pieces: [[String]] = [
    [], ["-c", "about"], ["-c", ""], ["-c", "-x"], ["-c"], ["--script", "s.txt"], ["--script"],
    ["--content", "Dir"], ["--content", "Other Dir"], ["--content"], ["--color", "always"], ["--color", "never"],
    ["--color", "auto"], ["--color", "rainbow"], ["--color=always"], ["--plain"], ["--keep-going"],
    ["--help"], ["-h"], ["--version"], ["stray"], ["--"], ["-c", "results all; grid"],
  ]

  static var commandLines: [[String]] {
    var lines: [[String]] = [[]]
    for a in pieces {
      lines.append(a)
      for b in pieces {
        lines.append(a + b)
        for c in pieces where c.count <= 2 { lines.append(a + b + c) }
      }
    }
    return lines
  }

  @Test func everyAcceptedLineReadsAsArgumentParserReadsIt() {
    var accepted = 0
    for line in Self.commandLines {
      guard let quick = QuickArguments.parse(line, environment: Self.environment) else { continue }
      accepted += 1
      #expect(argumentParser(line) == Parsed(quick), "\(line)")
    }
    // The fast path must actually take the everyday lines, or it saves nothing.
    #expect(accepted > 1_000)
  }

  @Test func theEverydayLinesTakeTheFastPath() throws {
    let quick = try #require(QuickArguments.parse(["--content", "A", "-c", "about", "--content", "B", "--plain"], environment: [:]))
    #expect(quick.commands == "about" && quick.contentDirectories == ["A", "B"] && quick.plain && !quick.keepGoing)
    #expect(QuickArguments.parse([], environment: [:]) != nil)
    #expect(QuickArguments.parse(["--script", "x", "--keep-going", "--color", "never"], environment: [:])?.color == .never)
  }

  @Test func helpVersionErrorsAndOddFormsGoToArgumentParser() {
    for line in [["--help"], ["--version"], ["-c", "a", "--script", "b"], ["-c", "a", "-c", "b"], ["--color", "pink"],
                 ["--color=always"], ["-c"], ["stray"], ["--plain", "--plain"], ["--generate-completion-script", "bash"]] {
      #expect(QuickArguments.parse(line, environment: [:]) == nil, "\(line)")
    }
  }
}
