@testable import MisalignShell

/// A session whose output and errors are captured, for driving commands in tests.
@MainActor
final class TestSession {
  var printed = ""
  var errors = ""
  var session: ShellSession!

  init(
    table: CommandTable? = nil, policy: OutputPolicy = OutputPolicy(), environment: [String: String] = [:],
    contentDirectories: [String] = []
  ) {
    let output = Output(policy: policy) { [unowned self] text in self.printed += text }
    session = ShellSession(
      table: table ?? Shell.commandTable(), output: output, options: ShellOptions(contentDirectories: contentDirectories, environment: environment),
      isInteractive: false, errorSink: { [unowned self] text in self.errors += text })
  }

  @discardableResult
  func run(_ line: String) async -> Bool {
    await session.execute(line: line)
  }
}
