import Foundation

/// Runs the built `jx` binary. The tests run the real executable, as CI and analysts do:
/// it is looked for beside the test bundle (`swift test` puts both in .build/debug), then
/// under the package root found by walking up from this file. Build it first with `swift
/// build`, as .ci/run does: `swift test` compiles the executable's sources but does not
/// link the executable, so without it these tests would run the last jx built.
enum CLI {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let binary: String? = {
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            // …/.build/debug/jxPackageTests.xctest (a file on Linux, a bundle on macOS)
            var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
            if dir.lastPathComponent == "MacOS" { dir = dir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
            candidates.append(dir.appendingPathComponent("jx").path)
        }
        candidates.append(root.appendingPathComponent(".build/debug/jx").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
    }

    static func run(_ args: [String], stdin: String? = nil, in dir: URL? = nil) throws -> Run {
        guard let binary else { throw Missing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = dir ?? root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting: a full pipe would block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the jx binary is not built: run `swift build` first" }
    }

    /// A fresh folder for one test's files.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, _ name: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static func read(_ name: String, in dir: URL) -> String {
        (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
}
