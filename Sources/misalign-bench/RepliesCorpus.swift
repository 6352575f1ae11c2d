// `misalign-bench replies-corpus DIR`: scores the reply classifier on a labelled corpus directory
// (Tests/MisalignCoreTests/Replies/Corpus/dev or heldout) and prints the confusion table and every miss.
import MisalignCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `*.txt` files directly in `directory`, sorted by name.
func corpusFiles(in directory: String) -> [String] {
  guard let handle = opendir(directory) else { return [] }
  defer { closedir(handle) }
  var names: [String] = []
  while let entry = readdir(handle) {
    let name = withUnsafePointer(to: entry.pointee.d_name) {
      $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
    }
    if name.hasSuffix(".txt") { names.append(name) }
  }
  return names.sorted()
}

func readFile(_ path: String) -> String? {
  guard let file = fopen(path, "rb") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count <= 0 { break }
    bytes.append(contentsOf: buffer[0..<count])
  }
  return String(decoding: bytes, as: UTF8.self)
}

func benchRepliesCorpus(directory: String) {
  var cases: [ReplyCorpusCase] = []
  var problems = 0
  for name in corpusFiles(in: directory) {
    guard let text = readFile(directory + "/" + name) else {
      print("unreadable: \(name)")
      problems += 1
      continue
    }
    switch ReplyCorpusCase.parse(text, name: name) {
    case .success(let item): cases.append(item)
    case .failure(let problem):
      print("malformed: \(problem)")
      problems += 1
    }
  }
  guard !cases.isEmpty else {
    print("replies-corpus: no labelled *.txt replies in \(directory)")
    exit(1)
  }
  let start = now()
  let score = ReplyCorpusScore(cases)
  let elapsed = now() - start
  print("replies-corpus \(directory): \(score.correct)/\(score.total) right (\(format(score.accuracy * 100, 1))%), "
    + "\(score.harmfulCalledSafe.count) harmful called safe, \(score.misses.count) misses; "
    + "scored in \(format(elapsed * 1000, 1)) ms")
  print(score.renderedTable())
  for miss in score.misses {
    print("MISS \(miss.item.name): expected \(miss.item.expected.rawValue), got \(miss.verdict.behaviour.rawValue)")
    print("  why (label): \(miss.item.why)")
    for item in miss.verdict.evidence {
      print("  evidence [\(item.behaviour.rawValue)] lines \(item.lines): \(item.summary)")
    }
    for note in miss.verdict.notes { print("  note: \(note)") }
  }
  if problems > 0 { exit(1) }
}
