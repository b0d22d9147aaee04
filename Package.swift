// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jx",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jx", targets: ["jx"]),
        .library(name: "JXCore", targets: ["JXCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // The language: lexer, parser, units, evaluator, rules, reports, REPL session. No I/O.
        .target(
            name: "JXCore",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
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
            ]
        ),
        // Golden files are read through #filePath, not bundled as resources.
        .testTarget(name: "JXCoreTests", dependencies: ["JXCore"], exclude: ["Golden", "Report/Golden"]),
        .testTarget(name: "jxCLITests", dependencies: ["JXCore", "jx"]),
    ]
)
