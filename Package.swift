// swift-tools-version:6.0
import PackageDescription

// No `platforms`: jx is built and tested on Linux only. The command line reads and writes
// files and the terminal through Glibc directly; swift-system did the same job and was
// measured, but its types' protocol conformances cost every run 1.3 M instructions at start
// (argument parsing casts to protocols, and a first cast scans every conformance record):
// 4% of checking a small script (BENCHMARKS.md).
let package = Package(
    name: "jx",
    products: [
        .executable(name: "jx", targets: ["jx"]),
        .executable(name: "jx-office", targets: ["jx-office"]),
        .library(name: "JXCore", targets: ["JXCore"]),
        .library(name: "JXLSP", targets: ["JXLSP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The language: lexer, parser, units, evaluator, rules, reports, REPL session. No I/O.
        .target(
            name: "JXCore",
            // Release builds skip the run-time exclusivity checks: on the evaluator's hot
            // path (a class whose arrays change on every cell) they cost about a fifth of
            // the time (BENCHMARKS.md). Debug builds, which the tests run, keep them.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // libedit, with inline wrappers for the C variadics Swift cannot call.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "JXLineEditor", dependencies: ["CEditLine"]),
        // `jx lsp`: JSON-RPC with Content-Length framing and the language server on the core.
        // No file I/O: the command line lends its readers. No Foundation, as for `jx`.
        .target(name: "JXLSP", dependencies: ["JXCore"]),
        .executableTarget(
            name: "jx",
            dependencies: [
                "JXCore",
                "JXLineEditor",
                "JXLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Office files: .xlsx read (ZIPFoundation, Foundation's XMLParser) and OOXML
        // packages zipped. Foundation and libxml2 cost every process that links them about
        // 9 ms at start (measured: 6 ms for a bare Swift program, 16 ms with Foundation and
        // FoundationXML), so `jx` does not: `jx import` and the Office report formats run
        // `jx-office`, built beside it. The column maps are data files compiled in.
        .target(
            name: "JXOffice",
            dependencies: ["JXCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.embedInCode("Maps/monitoring.jxmap"), .embedInCode("Maps/self_evaluation.jxmap")]
        ),
        .executableTarget(name: "jx-office", dependencies: ["JXCore", "JXOffice"]),
        // Tests by kind. What they share (scripts from text, fixtures, generators, the fuzz
        // steps) is one target of its own. Golden files and the fuzz corpus are read
        // through #filePath, not bundled as resources.
        .target(name: "JXTestSupport", dependencies: ["JXCore"], path: "Tests/Support"),
        .testTarget(name: "JXUnitTests", dependencies: ["JXCore", "JXTestSupport"], path: "Tests/UnitTests"),
        .testTarget(name: "JXGoldenTests", dependencies: ["JXCore", "JXTestSupport"], path: "Tests/GoldenTests", exclude: ["Golden", "Report/Golden"]),
        .testTarget(name: "JXPropertyTests", dependencies: ["JXCore", "JXTestSupport"], path: "Tests/PropertyTests", exclude: ["FuzzCorpus"]),
        .testTarget(name: "JXCLITests", dependencies: ["JXCore", "jx", "jx-office"], path: "Tests/CLITests"),
        .testTarget(name: "JXLSPTests", dependencies: ["JXCore", "JXLSP", "JXTestSupport"], path: "Tests/LSPTests"),
        .testTarget(name: "JXOfficeTests", dependencies: ["JXCore", "JXOffice"], path: "Tests/OfficeTests"),
    ]
)
