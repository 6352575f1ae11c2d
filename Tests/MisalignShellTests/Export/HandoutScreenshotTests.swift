import Foundation
import MisalignCore
import Testing
@testable import MisalignShell

/// Opens the HTML handout in a headless browser and checks the screenshot shows a drawn page.
/// Skipped, with a message, when no Chromium or Chrome is on PATH.
@MainActor
@Suite struct HandoutScreenshotTests {
  static var browser: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-headless-shell", "google-chrome", "chromium-browser"] {
      for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }

  static let pngStats = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/png-stats.py").path

  static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func screenshotOfTheHandoutIsNotBlank() async throws {
    guard let browser = Self.browser else {
      print("HandoutScreenshotTests skipped: no chromium, chromium-headless-shell or google-chrome on PATH")
      return
    }
    let folder = NSTemporaryDirectory() + "misalign-shot-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let html = folder + "/results.html", png = folder + "/results.png"
    let test = TestSession()
    #expect(await test.run("export handout results \(html)"))
    let stats = try Self.screenshotStats(browser: browser, html: html, png: png, folder: folder)
    #expect(stats[0] == 900 && stats[1] == 900)
    #expect(stats[2] > 20, "more than 20 distinct colours: text, bars and table are drawn (got \(stats[2]))")
    #expect(stats[3] > 900 * 900 / 50, "more than 2% of the pixels are not white (got \(stats[3]))")
  }

  /// The lesson, check and session handouts are drawn too: text and tables, no chart.
  @Test(arguments: [
    ["lesson 4"], [#"check "96% of AI models chose blackmail""#], ["record on LOG", "results", "about"],
  ])
  func screenshotsOfTheOtherHandoutsAreNotBlank(_ setup: [String]) async throws {
    guard let browser = Self.browser else {
      print("HandoutScreenshotTests skipped: no chromium, chromium-headless-shell or google-chrome on PATH")
      return
    }
    let folder = NSTemporaryDirectory() + "misalign-shot-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let kind = setup[0].hasPrefix("lesson") ? "lesson" : setup[0].hasPrefix("check") ? "check" : "session"
    let html = folder + "/\(kind).html", png = folder + "/\(kind).png"
    let test = TestSession(environment: ["XDG_DATA_HOME": folder, "HOME": folder])
    for line in setup { #expect(await test.run(line.replacingOccurrences(of: "LOG", with: folder + "/log.txt"))) }
    #expect(await test.run("export handout \(kind) \(html)"))
    let stats = try Self.screenshotStats(browser: browser, html: html, png: png, folder: folder)
    #expect(stats[2] > 10, "more than 10 distinct colours: text is drawn (got \(stats[2]))")
    #expect(stats[3] > 900 * 900 / 200, "more than 0.5% of the pixels are not white (got \(stats[3]))")
  }

  /// Has the browser draw the page at 900×900 and returns png-stats.py's figures for the picture:
  /// width, height, distinct colours, pixels that are not white.
  static func screenshotStats(browser: String, html: String, png: String, folder: String) throws -> [Int] {
    _ = try run(browser, [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(folder)/profile",
      "--window-size=900,900", "--screenshot=\(png)", "file://\(html)",
    ])
    #expect(FileManager.default.fileExists(atPath: png), "the browser wrote a screenshot")
    let stats = try run("/usr/bin/env", ["python3", pngStats, png]).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    try #require(stats.count == 4, "png-stats.py read the screenshot")
    return stats
  }
}
