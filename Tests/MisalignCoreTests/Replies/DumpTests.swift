import Testing
@testable import MisalignCore

@Test func dumpVerdicts() {
  for t in CannedTranscriptTests.store.transcripts {
    let v = t.classify()
    print("DUMP \(t.id) stated=\(t.statedOutcome) got=\(v.behaviours) cbd=\(v.consideredButDeclined) steps=\(t.reply.steps.count) ann=\(t.annotations.count) gate=\(v.gateVerdict.countedBehaviour) differs=\(v.gateVerdict.differsFromClassifier)")
    print("   GATE \(v.gateVerdict.explanation)")
    for e in v.evidence { print("   EV \(e.lines) \(e.summary) \(e.phrases)") }
    for n in v.notes { print("   NOTE \(n)") }
  }
  print("DUMP problems \(CannedTranscriptTests.store.problems)")
}
