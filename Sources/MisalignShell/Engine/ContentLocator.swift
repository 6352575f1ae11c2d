import MisalignCore


/// Finds the built-in `Lessons/`, `Transcripts/` and `Scenarios/` folders from any working directory (the search
/// is `ContentRoot`'s), and adds an educator's `--content` folders after them (later folders override earlier ones).
public struct ContentLocator: Sendable {
  public var builtInRoot: String?
  public var extraRoots: [String]

  public init(environment: [String: String], extraRoots: [String], executablePath: String? = ContentLocator.executablePath()) {
    self.extraRoots = extraRoots
    builtInRoot = ContentRoot.builtIn(containing: "Lessons", environment: environment, executablePath: executablePath)
  }

  /// Folders of one kind (`Lessons`, `Transcripts`, `Scenarios`): the built-in one, then each extra root's
  /// subfolder of that name, or (with `orBareRoot`) the extra root itself when it has no such subfolder but holds
  /// files directly.
  public func directories(_ kind: String, orBareRoot: Bool = true) -> [String] {
    var result: [String] = []
    if let builtInRoot, ContentLocator.isDirectory(builtInRoot + "/" + kind) { result.append(builtInRoot + "/" + kind) }
    for root in extraRoots {
      if ContentLocator.isDirectory(root + "/" + kind) {
        result.append(root + "/" + kind)
      } else if orBareRoot, ContentLocator.isDirectory(root) {
        result.append(root)
      }
    }
    return result
  }

  static func isDirectory(_ path: String) -> Bool { ContentRoot.isDirectory(path) }

  public static func executablePath() -> String? { ContentRoot.executablePath() }
}
