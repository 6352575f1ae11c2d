// libFuzzer driver for one of FuzzChecks.targets. SwiftPM links its own `main` into an executable, so
// this file hands control to libFuzzer through LLVMFuzzerRunDriver instead of relying on libFuzzer's main.
//
// Usage: misalign-fuzz TARGET [libFuzzer flags…] [corpus dirs…]   (or FUZZ_TARGET=TARGET misalign-fuzz …)
#if canImport(Glibc)
import Glibc
#endif
import MisalignFuzzChecks

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: FuzzCallback
) -> CInt

var arguments = CommandLine.arguments
// `misalign-fuzz --write-seeds TARGET ROOT DIR` writes TARGET's seed corpus (from the package at ROOT) into DIR.
if arguments.count == 5, arguments[1] == "--write-seeds", let target = FuzzChecks.target(named: arguments[2]) {
  var count = 0
  for (index, seed) in FuzzChecks.seeds(for: target, root: arguments[3]).enumerated() {
    guard let file = fopen(arguments[4] + "/seed-\(index)", "wb") else { continue }
    fwrite(seed, 1, seed.count, file)
    fclose(file)
    count += 1
  }
  print("\(count) seeds for \(target.name)")
  exit(0)
}
var name = getenv("FUZZ_TARGET").map { String(cString: $0) }
if name == nil, arguments.count > 1, !arguments[1].hasPrefix("-") {
  name = arguments.remove(at: 1)
}
guard let name, let target = FuzzChecks.target(named: name) else {
  let names = FuzzChecks.targets.map(\.name).joined(separator: ", ")
  print("misalign-fuzz: name a target first (one of \(names)), e.g. `misalign-fuzz tokenizer -max_total_time=60 corpus/`")
  exit(2)
}
FuzzTarget.current = target

var argc = CInt(arguments.count)
var cStrings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> CInt in
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
exit(status)
