// swift-tools-version: 6.0
import PackageDescription

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Layers point one way: misalign (executable) → MisalignShell → MisalignLive → MisalignCore.
// MisalignCore has no terminal and no network code; MisalignLive is the only target that talks to a network.
let package = Package(
  name: "misalign",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "misalign", targets: ["misalign"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.26.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    // Its Server-Sent Events decoder parses the providers' streams (mattt/EventSource 1.1.1 needs
    // URLSession.bytes, which Linux's FoundationNetworking lacks).
    .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
    // Inspect's .eval logs are zips of JSON files.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),
    .target(name: "MisalignCore", resources: [.embedInCode("Study/Results/results.tsv"), .embedInCode("Claims/claims.tsv")]),
    // The Server-Sent Events parser is mattt/EventSource 1.1.1's, vendored in ServerSentEventParser.swift:
    // that release does not compile on Linux (it calls URLSession.bytes, which FoundationNetworking lacks).
    .target(
      name: "MisalignLive",
      dependencies: [
        "MisalignCore",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
      ]
    ),
    // The few libedit calls Swift cannot make (variadic el_set/history, C's stdio globals) and the
    // Ctrl-C handler, whose state must live in exactly one C file.
    .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
    // Inspect (0.3.2xx) compresses the files in its .eval zips with zstd, which ZIPFoundation cannot inflate.
    .systemLibrary(
      name: "CZstd",
      pkgConfig: "libzstd",
      providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]
    ),
    // Reads Inspect's .eval logs (a zip of JSON) into plain values; kept out of the core so the zip
    // library is not a dependency of everything. No terminal, no network.
    .target(
      name: "MisalignLogs",
      dependencies: ["MisalignCore", "CZstd", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(name: "MisalignShell", dependencies: ["MisalignCore", "MisalignLive", "MisalignLogs", "CEditLine", "CEditLineShim"]),
    // The command line (flags, usage errors, exit codes), a library so tests can reach it.
    .target(
      name: "MisalignCLI",
      dependencies: [
        "MisalignShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // scripts/run and scripts/bench build it with --static-swift-stdlib (MISALIGN_RELEASE_BUILD in scripts/lib/ensure-deps.sh).
    .executableTarget(name: "misalign", dependencies: ["MisalignCLI"]),
    // Benchmarks that print figures; `scripts/bench` runs them on a release build.
    .executableTarget(name: "misalign-bench", dependencies: ["MisalignCore"]),
    // A forkpty wrapper so end-to-end tests can drive the shell in a real pseudo-terminal.
    .target(name: "CPseudoTerminal", path: "Tests/Support/CPseudoTerminal"),
    // The evaluation corpora are read from their source paths by the tests and benchmarks, not bundled.
    .testTarget(name: "MisalignCoreTests", dependencies: ["MisalignCore"], exclude: ["Replies/Corpus", "Claims/Corpus"]),
    // The fault-injecting HTTP server the tests talk to is built on SwiftNIO's HTTP/1 server.
    .testTarget(
      name: "MisalignLiveTests",
      dependencies: [
        "MisalignLive",
        "MisalignCore",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
      ]
    ),
    .testTarget(
      name: "MisalignShellTests",
      dependencies: ["MisalignShell", "MisalignLogs", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .testTarget(name: "MisalignCLITests", dependencies: ["MisalignCLI", "MisalignShell"]),
    .testTarget(
      name: "MisalignLogsTests",
      dependencies: ["MisalignLogs", "MisalignCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "EndToEndTests", dependencies: ["CPseudoTerminal"]),
    // The invariants the fuzz targets assert, shared by the libFuzzer binary and the ordinary tests.
    .target(name: "MisalignFuzzChecks", dependencies: ["MisalignCore", "MisalignLive", "MisalignShell"]),
    .testTarget(name: "MisalignFuzzChecksTests", dependencies: ["MisalignFuzzChecks"]),
  ]
)

// The libFuzzer binary exists only when MISALIGN_FUZZ=1 (scripts/fuzz sets it), so normal builds
// and CI never need the fuzzer runtime. Build it with
// `MISALIGN_FUZZ=1 swift build -c debug -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz`.
if let flag = getenv("MISALIGN_FUZZ"), String(cString: flag) == "1" {
  package.targets.append(.executableTarget(name: "misalign-fuzz", dependencies: ["MisalignFuzzChecks"]))
}
