#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the learner's progress file; a broken file never stops the learner.
public struct ProgressStore: Sendable {
  /// What loading found: the progress, and a message when the file had to be set aside.
  public struct Loaded: Equatable, Sendable {
    public var progress: LearnerProgress
    /// Set when the file was unreadable; says where the old file went.
    public var notice: String?
  }

  /// Full path of the progress file.
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// `$XDG_DATA_HOME/misalign/progress`, or `~/.local/share/misalign/progress` when XDG_DATA_HOME is unset.
  public static func defaultPath(environment: [String: String]) -> String {
    if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
      return dataHome + "/misalign/progress"
    }
    let home = environment["HOME"] ?? "."
    return home + "/.local/share/misalign/progress"
  }

  /// Loads the progress; a missing file is a fresh start, a corrupt one is moved to `progress.corrupt-<time>`.
  public func load(now: Date = Date()) -> Loaded {
    guard FileManager.default.fileExists(atPath: path) else {
      return Loaded(progress: LearnerProgress(), notice: nil)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return Loaded(progress: LearnerProgress(), notice: "Could not read the progress file \(path); starting without saved progress. Check its permissions.")
    }
    let problem: String
    if let text = String(data: data, encoding: .utf8) {
      do {
        return Loaded(progress: try ProgressFileFormat.decode(text), notice: nil)
      } catch {
        problem = error.description
      }
    } else {
      problem = "it is not UTF-8 text"
    }
    let aside = path + ".corrupt-" + Self.timestamp(now)
    if rename(path, aside) == 0 {
      return Loaded(
        progress: LearnerProgress(),
        notice: "The progress file \(path) was damaged (\(problem)); it was moved to \(aside) and lessons start fresh.")
    }
    return Loaded(
      progress: LearnerProgress(),
      notice: "The progress file \(path) was damaged (\(problem)) and could not be moved aside; lessons start fresh and saving may fail. Move or delete the file.")
  }

  /// Writes the progress atomically: a temporary file in the same folder, then a rename over the old file.
  public func save(_ progress: LearnerProgress) throws(ProgressStoreError) {
    let directory = Self.directory(of: path)
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw ProgressStoreError(path: path, reason: "cannot create the folder \(directory)")
    }
    let temporary = "\(directory)/.progress.tmp-\(getpid())"
    let data = Data(ProgressFileFormat.encode(progress).utf8)
    guard FileManager.default.createFile(atPath: temporary, contents: data) else {
      throw ProgressStoreError(path: path, reason: "cannot write \(temporary)")
    }
    guard rename(temporary, path) == 0 else {
      try? FileManager.default.removeItem(atPath: temporary)
      throw ProgressStoreError(path: path, reason: "cannot replace the file (rename failed)")
    }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `20261123T125043Z`: sortable and safe in file names.
  static func timestamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    // Civil-from-days (Howard Hinnant's algorithm), so no calendar API is needed.
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)\(two(month))\(two(day))T\(two(secondOfDay / 3600))\(two(secondOfDay % 3600 / 60))\(two(secondOfDay % 60))Z"
  }
}

/// Progress could not be saved; the lesson goes on, the learner is told.
public struct ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public var description: String { "could not save lesson progress to \(path): \(reason)" }
}
