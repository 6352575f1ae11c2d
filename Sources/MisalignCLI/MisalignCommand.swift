import ArgumentParser
import MisalignCore
import MisalignShell

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ColorMode: ExpressibleByArgument {}

/// The command line: flags in, a Shell run out. Everything else lives in MisalignShell.
public struct MisalignCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "misalign",
    abstract: "Learn what Anthropic's \"Agentic Misalignment\" study (June 2025) did and found, hands on.",
    discussion: """
      Without -c or --script, misalign starts an interactive shell when standard input is a \
      terminal, and otherwise runs the commands piped to it, one per line. Exit status: 0 success, \
      1 a command failed, 2 a usage error on the command line.
      """,
    version: MisalignVersion.string
  )

  public init() {}

  @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (separated by ';') and exit.", valueName: "commands"))
  var commands: String?

  @Option(name: .customLong("script"), help: ArgumentHelp("Run the commands in FILE, one per line ('#' starts a comment).", valueName: "file"))
  var script: String?

  @Option(name: .customLong("content"), help: ArgumentHelp("Also load lessons and transcripts from DIR (repeatable).", valueName: "dir"))
  var content: [String] = []

  @Option(name: .customLong("color"), help: "When to use colour: auto, always or never.")
  var color: ColorMode = .auto

  @Flag(name: .customLong("plain"), help: "Output for screen readers: no colour, box drawing or symbols.")
  var plain = false

  @Flag(name: .customLong("keep-going"), help: "In -c, --script and piped modes, go on after a failing command.")
  var keepGoing = false

  public func validate() throws {
    if commands != nil && script != nil {
      throw ValidationError("use either -c or --script, not both")
    }
  }

  public func run() async throws {
    let status = await Shell.run(shellOptions(environment: ProcessInfo.processInfo.environment))
    if status != 0 { throw ExitCode(status) }
  }

  /// The options the shell runs with, as ArgumentParser read them.
  public func shellOptions(environment: [String: String]) -> ShellOptions {
    ShellOptions(
      commands: commands, scriptPath: script, contentDirectories: content, color: color, plain: plain,
      keepGoing: keepGoing, environment: environment)
  }

  static func terminate(_ status: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(status)
    #else
      Darwin.exit(status)
    #endif
  }

  /// Runs misalign for these arguments (the first is the program's path). The plain forms
  /// (`-c`, `--script`, `--content`, `--color`, `--plain`, `--keep-going`) are read by
  /// QuickArguments, which costs nothing at start-up; anything else (help, version, a usage error,
  /// completion scripts) goes to ArgumentParser, whose reflection-driven parse was two thirds of
  /// the instructions `misalign -c about` ran.
  public static func start(_ arguments: [String]) async {
    let rest = Array(arguments.dropFirst())
    if let options = QuickArguments.parse(rest, environment: ProcessInfo.processInfo.environment) {
      let status = await Shell.run(options)
      terminate(status)
    }
    await parseAndRun(rest)
  }

  /// Usage errors exit 2 (the shell convention the README documents), not ArgumentParser's 64.
  static func parseAndRun(_ arguments: [String]) async {
    do {
      var command = try parseAsRoot(arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let code as ExitCode {
      terminate(code.rawValue)
    } catch {
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if status == .success {
        print(message)
        terminate(0)
      }
      StandardStream.write(message + "\n", to: 2)
      terminate(status == .validationFailure ? 2 : status.rawValue)
    }
  }
}
