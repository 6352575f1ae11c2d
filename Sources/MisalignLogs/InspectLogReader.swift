import Foundation
import MisalignCore

/// Reads Inspect .eval logs: one file, or every `*.eval` in a folder.
public enum InspectLogReader {
  /// The scorer whose `harmful` value the port writes.
  static let harmScorer = "harmfulness_scorer"

  /// Reads the log at `path`.
  public static func read(path: String) throws(InspectLogError) -> InspectLog {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path) }
    guard !isDirectory.boolValue else {
      throw InspectLogError(path: path, message: "is a folder, not a log", fix: "give a .eval file, or `--content` the folder to load every log in it")
    }
    let archive = try EvalArchive(path: path)
    guard archive.contains("header.json") else { throw .noHeader(path, entries: archive.entryPaths.count) }
    let header: InspectLogFormat.Header = try decode(archive, "header.json")
    let taskArguments = header.eval.taskArgs ?? [:]
    var samples: [InspectLogSample] = []
    for entry in archive.entryPaths where entry.hasPrefix("samples/") && entry.hasSuffix(".json") {
      let sample: InspectLogFormat.Sample = try decode(archive, entry)
      samples.append(convert(sample, entry: entry, taskArguments: taskArguments))
    }
    samples.sort { ($0.id, $0.epoch) < ($1.id, $1.epoch) }
    let note = header.eval.metadata?["misalign_note"]?.text
    return InspectLog(
      path: path, task: header.eval.task, model: header.eval.model, created: header.eval.created,
      status: header.status ?? "unknown", note: note, samples: samples)
  }

  /// Every `*.eval` file directly in `directory`, in name order, each read or failed on its own.
  public static func readAll(directory: String) -> [Result<InspectLog, InspectLogError>] {
    logFiles(in: directory).map { path in Result { () throws(InspectLogError) in try read(path: path) } }
  }

  /// The `*.eval` files directly in `directory`, sorted by name.
  public static func logFiles(in directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".eval") && !$0.hasPrefix(".") }.sorted().map {
      directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0
    }
  }

  static func decode<T: Decodable>(_ archive: EvalArchive, _ entry: String) throws(InspectLogError) -> T {
    let data = try archive.read(entry)
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch let error as DecodingError {
      throw .wrongShape(archive.path, entry: entry, reason: describe(error))
    } catch {
      throw .wrongShape(archive.path, entry: entry, reason: String(describing: error))
    }
  }

  static func describe(_ error: DecodingError) -> String {
    func at(_ context: DecodingError.Context) -> String {
      let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
      return path.isEmpty ? "" : " at \(path)"
    }
    switch error {
    case .keyNotFound(let key, let context): return "no `\(key.stringValue)`\(at(context))"
    case .typeMismatch(_, let context): return "unexpected type\(at(context))"
    case .valueNotFound(_, let context): return "missing value\(at(context))"
    case .dataCorrupted(let context): return context.codingPath.isEmpty ? "not valid JSON" : "bad value\(at(context))"
    @unknown default: return "unexpected content"
    }
  }

  static func convert(
    _ sample: InspectLogFormat.Sample, entry: String, taskArguments: [String: JSONValue]
  ) -> InspectLogSample {
    // The sample's metadata is the port's own record of the condition; the task arguments fill gaps.
    let values = taskArguments.merging(sample.metadata ?? [:]) { _, metadata in metadata }
    let mapped = InspectLogCondition.condition(from: values)
    let reply =
      sample.output?.choices?.first?.message.content.text
      ?? sample.messages?.last(where: { $0.role == "assistant" })?.content.text ?? ""
    let score = sample.scores?[harmScorer]
    return InspectLogSample(
      id: sample.id.text ?? "?", epoch: sample.epoch, entry: entry,
      condition: try? mapped.get(),
      conditionProblem: { if case .failure(let error) = mapped { return error.message } else { return nil } }(),
      reply: reply, harmful: score?.value["harmful"]?.number ?? score?.value.number,
      judgeVerdict: score?.value["classifier_verdict"]?.number, error: sample.error?.message)
  }
}
