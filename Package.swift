// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jx",
    // macOS 13 is the first with ContinuousClock, which the CLI times with; without this
    // line a macOS build would assume 10.13 and fail. Nothing Linux-only is left: file and
    // terminal I/O go through swift-system, every C library import has a Darwin branch,
    // and macOS ships libedit (histedit.h in its SDK; CEditLine links -ledit without
    // pkg-config). CI builds and tests on Linux only, so macOS is untested.
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jx", targets: ["jx"]),
        .library(name: "JXCore", targets: ["JXCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.7.0"),
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
        .executableTarget(
            name: "jx",
            dependencies: [
                "JXCore",
                "JXLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Tests by kind. What they share (scripts from text, fixtures, generators, the fuzz
        // steps) is one target of its own. Golden files and the fuzz corpus are read
        // through #filePath, not bundled as resources.
        .target(name: "JXTestSupport", dependencies: ["JXCore"], path: "Tests/Support"),
        .testTarget(name: "JXUnitTests", dependencies: ["JXCore", "JXTestSupport"], path: "Tests/UnitTests"),
        .testTarget(name: "JXGoldenTests", dependencies: ["JXCore", "JXTestSupport"], path: "Tests/GoldenTests", exclude: ["Golden", "Report/Golden"]),
        .testTarget(name: "JXPropertyTests", dependencies: ["JXCore", "JXTestSupport"], path: "Tests/PropertyTests", exclude: ["FuzzCorpus"]),
        .testTarget(name: "JXCLITests", dependencies: ["JXCore", "jx"], path: "Tests/CLITests"),
    ]
)
