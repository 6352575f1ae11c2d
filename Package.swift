// swift-tools-version: 6.0
import PackageDescription

// Layers point one way: misalign (executable) → MisalignShell → MisalignLive → MisalignCore.
// MisalignCore has no terminal and no network code; MisalignLive is the only target that talks to a network.
let package = Package(
  name: "misalign",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "misalign", targets: ["misalign"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),
    .target(name: "MisalignCore", resources: [.embedInCode("Study/Results/results.tsv"), .embedInCode("Claims/claims.tsv")]),
    .target(name: "MisalignLive", dependencies: ["MisalignCore"]),
    // The few libedit calls Swift cannot make (variadic el_set/history, C's stdio globals) and the
    // Ctrl-C handler, whose state must live in exactly one C file.
    .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
    .target(name: "MisalignShell", dependencies: ["MisalignCore", "MisalignLive", "CEditLine", "CEditLineShim"]),
    .executableTarget(
      name: "misalign",
      dependencies: [
        "MisalignShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks that print figures; `scripts/bench` runs them on a release build.
    .executableTarget(name: "misalign-bench", dependencies: ["MisalignCore"]),
    // A forkpty wrapper so end-to-end tests can drive the shell in a real pseudo-terminal.
    .target(name: "CPseudoTerminal", path: "Tests/Support/CPseudoTerminal"),
    .testTarget(name: "MisalignCoreTests", dependencies: ["MisalignCore"]),
    .testTarget(name: "MisalignLiveTests", dependencies: ["MisalignLive"]),
    .testTarget(name: "MisalignShellTests", dependencies: ["MisalignShell"]),
    .testTarget(name: "EndToEndTests", dependencies: ["CPseudoTerminal"]),
  ]
)
