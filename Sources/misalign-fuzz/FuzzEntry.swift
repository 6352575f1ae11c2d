#if canImport(Glibc)
import Glibc
#endif
import MisalignFuzzChecks

enum FuzzTarget {
  nonisolated(unsafe) static var current: FuzzChecks.Target?
}

/// libFuzzer's per-input hook (its runtime requires the symbol even though the driver is called
/// explicitly): runs the current target's checks and aborts on any violation so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let target = FuzzTarget.current else { return 0 }
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let problems = target.check(bytes)
  if !problems.isEmpty {
    print("misalign-fuzz: invariant violated in \(target.name):\n  " + problems.joined(separator: "\n  "))
    fflush(nil)
    abort()
  }
  return 0
}
