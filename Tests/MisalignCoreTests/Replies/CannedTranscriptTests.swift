import Foundation
import Testing

@testable import MisalignCore

/// The project's own transcripts: all load, all validate, and each stated outcome is the classifier's verdict.
@Suite struct CannedTranscriptTests {
  static let transcriptsDirectory: String = {
    // Tests/MisalignCoreTests/Replies/<this file> → package root.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent("Transcripts").path
  }()

  static let store = TranscriptStore.load(directories: [transcriptsDirectory])

  @Test func everyTranscriptLoadsAndValidates() {
    let problems = Self.store.validate()
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
  }
}
