#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the built-in content folders (`Lessons/`, `Transcripts/`, `Scenarios/`) live, from any working directory.
///
/// The candidates, in order: `$MISALIGN_CONTENT`; each folder from the executable up (a source checkout's
/// `.build/…/misalign`); `../share/misalign` beside an installed binary; the checkout this code was compiled from.
public enum ContentRoot {
  /// The first candidate that holds a folder named `kind`.
  public static func builtIn(
    containing kind: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    executablePath: String? = executablePath()
  ) -> String? {
    candidates(environment: environment, executablePath: executablePath).first { isDirectory($0 + "/" + kind) }
  }

  public static func candidates(environment: [String: String], executablePath: String?) -> [String] {
    var candidates: [String] = []
    if let explicit = environment["MISALIGN_CONTENT"], !explicit.isEmpty { candidates.append(explicit) }
    if let executable = executablePath {
      var directory = parent(of: executable)
      for _ in 0..<6 {
        candidates.append(directory)
        let up = parent(of: directory)
        if up == directory { break }
        directory = up
      }
      candidates.append(parent(of: parent(of: executable)) + "/share/misalign")
    }
    candidates.append(sourceCheckout)
    return candidates
  }

  static let sourceCheckout: String = {
    // #filePath is …/Sources/MisalignCore/Content/ContentRoot.swift
    var path = #filePath
    for _ in 0..<4 { path = parent(of: path) }
    return path
  }()

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  public static func isDirectory(_ path: String) -> Bool {
    var directory = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory
  }

  /// The running program's path, from `/proc/self/exe` (Linux).
  public static func executablePath() -> String? {
    try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  }
}
