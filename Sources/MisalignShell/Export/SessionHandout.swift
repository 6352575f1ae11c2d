import Foundation
import MisalignCore

/// The session `record on FILE` is keeping, as a handout: each command as a heading and what it
/// printed (errors and notes included) exactly as recorded, colour and control codes already
/// stripped by the recorder.
enum SessionHandout {
  /// The recorder writes each command as the prompt followed by the line typed.
  static let promptEnd = ")> "

  @MainActor
  static func build(logPath: String, logText: String, date: Date = Date()) -> Handout {
    var handout = Handout(
      title: "A misalign session",
      subtitle: "Commands and their output as recorded in \(logPath); exported from misalign \(MisalignVersion.string) on \(ResultsHandout.day(date)).",
      blocks: [.paragraph("Each number below was shown with its source and status, and each reply with its provenance (illustrative, recorded, or from an Inspect log), as they appear here.")])
    var command: String?
    var output: [String] = []
    func flush() {
      let body = output.joined(separator: "\n").trimmingCharacters(in: .newlines)
      if let command {
        handout.blocks.append(.heading(command))
        handout.blocks.append(body.isEmpty ? .paragraph("(no output)") : .preformatted(body))
      } else if !body.isEmpty {
        handout.blocks.append(.preformatted(body))
      }
      output = []
    }
    for line in logText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("misalign("), let end = line.range(of: promptEnd) {
        flush()
        command = String(line[end.upperBound...])
      } else {
        output.append(line)
      }
    }
    flush()
    return handout
  }
}
