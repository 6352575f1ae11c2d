#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the built-in `Lessons/` and `Transcripts/` folders from any working directory, and adds
/// an educator's `--content` folders after them (later folders override earlier ones).
///
/// The built-in root is the first of: `$MISALIGN_CONTENT`; a folder holding `Lessons` found by
/// walking up from the executable (a source checkout's `.build/…/misalign`); `../share/misalign`
/// beside an installed binary; the checkout this binary was compiled from.
public struct ContentLocator: Sendable {
  public var builtInRoot: String?
  public var extraRoots: [String]

  public init(environment: [String: String], extraRoots: [String], executablePath: String? = ContentLocator.executablePath()) {
    self.extraRoots = extraRoots
    var candidates: [String] = []
    if let explicit = environment["MISALIGN_CONTENT"], !explicit.isEmpty { candidates.append(explicit) }
    if let executable = executablePath {
      var directory = ContentLocator.parent(of: executable)
      for _ in 0..<6 {
        candidates.append(directory)
        let up = ContentLocator.parent(of: directory)
        if up == directory { break }
        directory = up
      }
      candidates.append(ContentLocator.parent(of: ContentLocator.parent(of: executable)) + "/share/misalign")
    }
    candidates.append(ContentLocator.sourceCheckout)
    builtInRoot = candidates.first { ContentLocator.isDirectory($0 + "/Lessons") }
  }

  /// Folders of one kind (`Lessons` or `Transcripts`): the built-in one, then each extra root's
  /// subfolder of that name, or the extra root itself when it has no such subfolder but holds
  /// files directly.
  public func directories(_ kind: String) -> [String] {
    var result: [String] = []
    if let builtInRoot, ContentLocator.isDirectory(builtInRoot + "/" + kind) { result.append(builtInRoot + "/" + kind) }
    for root in extraRoots {
      if ContentLocator.isDirectory(root + "/" + kind) {
        result.append(root + "/" + kind)
      } else if ContentLocator.isDirectory(root) {
        result.append(root)
      }
    }
    return result
  }

  static let sourceCheckout: String = {
    // #filePath is …/Sources/MisalignShell/Engine/ContentLocator.swift
    var path = #filePath
    for _ in 0..<4 { path = parent(of: path) }
    return path
  }()

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  public static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
