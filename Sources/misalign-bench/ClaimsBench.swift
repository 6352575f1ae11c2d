import MisalignCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scores the claim checker on a corpus file and prints the per-category confusion table and every miss;
/// times `check` on a 10,000-character line and on 1,000 sentences.
func benchClaims(files: [String]) {
  guard let checker = try? ClaimChecker.bundled(), let results = try? PublishedResults.bundled() else {
    print("claims: the bundled study data could not be loaded")
    exit(1)
  }

  for file in files {
    guard let text = try? readText(file) else {
      print("claims: cannot read \(file)")
      exit(1)
    }
    let corpus: ClaimCorpus
    do { corpus = try ClaimCorpus(tsv: text, file: file) } catch {
      print("claims: \(error)")
      exit(1)
    }
    let outcomes = corpus.evaluate(with: checker, results: results)
    let right = outcomes.filter(\.isRight).count
    let verdictRight = outcomes.filter(\.verdictRight).count
    let confidentWrong = outcomes.filter(\.isWrongConfident)
    let contradicting = outcomes.filter(\.contradictsFacts)

    print("claims: \(file)")
    print("  right verdict and key figure: \(right) of \(outcomes.count) (\(percent(right, outcomes.count))); "
      + "right verdict: \(verdictRight) (\(percent(verdictRight, outcomes.count))); wrong confident verdicts: \(confidentWrong.count), "
      + "of which contradict the study's facts: \(contradicting.count)\(contradicting.isEmpty ? "" : " (" + contradicting.map(\.entry.id).joined(separator: ", ") + ")")")
    printConfusion(outcomes)
    let misses = outcomes.filter { !$0.isRight }
    if !misses.isEmpty { print("  misses:") }
    for miss in misses {
      var why: [String] = []
      if !miss.verdictRight { why.append("gave \(miss.verdict), expected \(miss.entry.accepted.joined(separator: " or "))") }
      if !miss.missingFigures.isEmpty { why.append("did not name \(miss.missingFigures.joined(separator: ", "))") }
      if !miss.missingTopics.isEmpty { why.append("did not cite \(miss.missingTopics.joined(separator: ", "))") }
      print("    \(miss.entry.id) (line \(miss.entry.line)): \(why.joined(separator: "; "))")
      print("      \(miss.entry.sentence)")
    }
  }
  benchCheckSpeed(checker)

}

private func percent(_ part: Int, _ whole: Int) -> String {
  whole == 0 ? "–" : "\(Int((Double(part) * 1000 / Double(whole)).rounded()) / 10).\(Int((Double(part) * 1000 / Double(whole)).rounded()) % 10)%"
}

/// Rows: the expected verdict; columns: the verdict given.
private func printConfusion(_ outcomes: [ClaimCorpus.Outcome]) {
  let verdicts = ClaimCategory.allCases.map(\.rawValue) + [ClaimVerdict.cannotTell.id]
  let short = ["acc", "ctx", "mis", "exg", "nis", "ant", "ct"]
  let pad = { (text: String, width: Int) in text.count >= width ? text : text + String(repeating: " ", count: width - text.count) }
  print("  " + pad("expected \\ given", 20) + short.map { pad($0, 5) }.joined() + "right")
  for (row, verdict) in verdicts.enumerated() {
    let expected = outcomes.filter { $0.entry.accepted.first == verdict }
    guard !expected.isEmpty else { continue }
    let cells = verdicts.map { given in String(expected.filter { $0.verdict == given }.count) }
    let right = expected.filter(\.isRight).count
    print("  " + pad(short[row] + " " + verdict, 20) + cells.map { pad($0, 5) }.joined() + "\(right)/\(expected.count)")
  }
}

private func benchCheckSpeed(_ checker: ClaimChecker) {
  let long = String(repeating: "a", count: 10_000)
  let words = (0..<1_250).map { ["Claude", "blackmailed", "96%", "of", "the", "time", "when", "threatened"][$0 % 8] }
    .joined(separator: " ")
  for (label, sentence) in [("10,000 × 'a'", long), ("10,000-character sentence of claim words", String(words.prefix(10_000)))] {
    var times: [Double] = []
    for _ in 0..<5 {
      let start = now()
      _ = checker.check(sentence)
      times.append((now() - start) * 1000)
    }
    print("check: \(label): median \(format(median(times), 2)) ms (target < 100 ms)")
  }
  let sentences = (0..<1_000).map { index in
    "Model number \(index): Claude Opus 4 blackmailed \(index % 100)% of the time when threatened with replacement."
  }
  let start = now()
  for sentence in sentences { _ = checker.check(sentence) }
  print("check: 1,000 sentences in \(format((now() - start) * 1000, 1)) ms (target < 2,000 ms)")
}

private func readText(_ path: String) throws -> String {
  guard let file = fopen(path, "rb") else { throw CocoaLikeError.cannotOpen }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count <= 0 { break }
    bytes += buffer[0..<count]
  }
  return String(decoding: bytes, as: UTF8.self)
}

private enum CocoaLikeError: Error { case cannotOpen }
