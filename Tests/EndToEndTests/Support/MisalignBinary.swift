import Foundation
import Testing

/// Finds and runs the built `misalign` executable, the way a user would.
enum MisalignBinary {
  /// `$MISALIGN_BINARY`, else `misalign` beside the test bundle (SwiftPM puts both in the same
  /// build folder), else the debug build of this checkout.
  static var path: String {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["MISALIGN_BINARY"] { return explicit }
    var candidates: [String] = []
    if let bundle = CommandLine.arguments.first(where: { $0.hasSuffix(".xctest") }) {
      candidates.append(URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("misalign").path)
    }
    for argument in CommandLine.arguments.prefix(1) {
      candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("misalign").path)
    }
    candidates.append(repositoryRoot.appendingPathComponent(".build/debug/misalign").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last ?? "misalign"
  }

  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A private home so history and progress files never touch the developer's own.
  static func temporaryHome() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("misalign-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func baseEnvironment(home: URL) -> [String: String] {
    var environment: [String: String] = [
      "HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
      "LANG": "C.UTF-8", "TERM": "xterm",
    ]
    environment["PAGER"] = "cat"
    return environment
  }

  static func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:]) throws -> Result {
    let home = try temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = baseEnvironment(home: home).merging(extra) { $1 }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting so a large output cannot fill a pipe and stall the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
