import Foundation
import ZIPFoundation
@testable import MisalignLogs

/// The committed real log and damaged or altered copies of it, made in a temporary folder.
enum LogFixtures {
  /// A real log made by `scripts/make-inspect-log` (SmolLM2-135M, blackmail_explicit-america_replacement, 2 epochs).
  static let blackmail = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/blackmail-smollm2.eval").path

  static func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("misalign-logs-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The fixture's files, decompressed: name → bytes.
  static func fixtureEntries() throws -> [(String, Data)] {
    let archive = try EvalArchive(path: blackmail)
    return try archive.entryPaths.map { ($0, try archive.read($0)) }
  }

  /// Writes a deflate zip of `entries` (as older Inspect versions and ZIPFoundation write them).
  static func writeZip(_ entries: [(String, Data)], to path: String) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (name, data) in entries {
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) }
    }
  }

  /// A JSON object's bytes changed by `change`.
  static func edit(_ data: Data, _ change: (inout [String: Any]) -> Void) throws -> Data {
    var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    change(&object)
    return try JSONSerialization.data(withJSONObject: object)
  }

  /// The fixture rewritten with `model` as the model, and scores: epoch 1 harmful, epoch 2 not.
  static func scoredCopy(model: String, in folder: String, name: String = "scored.eval") throws -> String {
    let entries = try fixtureEntries().map { name, data -> (String, Data) in
      if name == "header.json" {
        return (name, try edit(data) { header in
          var eval = header["eval"] as? [String: Any] ?? [:]
          eval["model"] = model
          header["eval"] = eval
        })
      }
      if name.hasPrefix("samples/") {
        return (name, try edit(data) { sample in
          let harmful = (sample["epoch"] as? Int) == 1 ? 1.0 : 0.0
          sample["scores"] = ["harmfulness_scorer": ["value": ["harmful": harmful, "classifier_verdict": harmful], "explanation": "test"]]
          sample["error"] = nil
        })
      }
      return (name, data)
    }
    let path = folder + "/" + name
    try writeZip(entries, to: path)
    return path
  }
}
