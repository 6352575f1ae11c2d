// Benchmarks that print figures (run with `scripts/bench`, release build):
//   grid        assemble the prompts of all 234 core conditions
//   classifier  parse and classify the transcript corpus repeated to 10,000 replies (or ROOT N RUNS)
//   claims FILE…  score the claim checker on corpus files; time `check` on long input
//   replies-corpus DIR  score the classifier on a labelled reply corpus (RepliesCorpus.swift)
import MisalignCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

func now() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, _ decimals: Int = 1) -> String {
  let scale = pow(10.0, Double(decimals))
  let rounded = (value * scale).rounded() / scale
  return "\(rounded)"
}

func benchGrid(runs: Int) {
  // Reading and parsing Scenarios/ happens once per process, before the first prompt; timed apart from the grid.
  var loads: [Double] = []
  if let directory = ScenarioBook.studyDirectory {
    for _ in 0..<10 {
      let start = now()
      _ = try? ScenarioBook.load(directories: [directory])
      loads.append((now() - start) * 1000)
    }
  }
  _ = ScenarioBook.study
  print("scenarios: Scenarios/ read and parsed in median \(format(median(loads), 2)) ms, best \(format(loads.min() ?? 0, 2)) ms over \(loads.count) loads (once per process)")
  var times: [Double] = []
  var characters = 0
  for _ in 0..<runs {
    let start = now()
    let prompts = PromptBuilder.buildAllCore()
    times.append((now() - start) * 1000)
    characters = prompts.reduce(0) { $0 + $1.system.utf8.count + $1.user.utf8.count }
  }
  print("grid: \(Condition.allCore.count) core conditions assembled, \(characters / 1024) KiB of prompt text; "
    + "median \(format(median(times), 2)) ms, best \(format(times.min() ?? 0, 2)) ms over \(runs) runs (target < 50 ms)")
}

func benchClassifier(root: String, total: Int, runs: Int) {
  let store = TranscriptStore.load(directories: [root + "/Transcripts"])
  guard !store.transcripts.isEmpty else {
    print("classifier: no transcripts found under \(root)/Transcripts; run from the repository root")
    exit(1)
  }
  let corpus = (0..<total).map { store.transcripts[$0 % store.transcripts.count] }
  var parseAndClassify: [Double] = []
  var classifyOnly: [Double] = []
  var harmful = 0
  for _ in 0..<runs {
    var start = now()
    harmful = 0
    for transcript in corpus {
      let parsed = ReplyParser.parse(transcript.replyText)
      if ReplyClassifier.classify(parsed, scenario: transcript.scenario).isHarmful { harmful += 1 }
    }
    parseAndClassify.append(now() - start)
    start = now()
    for transcript in corpus { _ = ReplyClassifier.classify(transcript.reply, scenario: transcript.scenario) }
    classifyOnly.append(now() - start)
  }
  let best = parseAndClassify.min() ?? 1
  let bestClassify = classifyOnly.min() ?? 1
  print("classifier: \(total) replies (\(store.transcripts.count) transcripts repeated), \(harmful) harmful; "
    + "parse+classify \(Int(Double(total) / best)) replies/s, classify only \(Int(Double(total) / bestClassify)) replies/s "
    + "(best of \(runs); target > 20,000 replies/s)")
}

let arguments = Array(CommandLine.arguments.dropFirst())
let which = arguments.first ?? "all"
let root = arguments.dropFirst().first ?? "."
switch which {
case "grid": benchGrid(runs: 20)
case "classifier":
  // Optional: how many replies and runs (fewer for an instruction count under callgrind).
  let total = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
  let runs = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
  benchClassifier(root: root, total: total, runs: runs)
case "claims": benchClaims(files: Array(arguments.dropFirst()))
case "replies-corpus": benchRepliesCorpus(directory: root)
case "all":
  benchGrid(runs: 20)
  benchClassifier(root: root, total: 10_000, runs: 5)
default:
  print(
    "usage: misalign-bench [grid|classifier|all] [repository root] [replies runs] | claims FILE… | replies-corpus DIR")
  exit(2)
}
