import Foundation

/// Runs the built `jx` binary: the one runner of every test that runs it. The tests run the
/// real executable, as CI and analysts do: it is looked for beside the test bundle (`swift
/// test` puts both in .build/debug), then under the package root found by walking up from
/// this file. Build it first with `swift build`, as .ci/run does: `swift test` compiles the
/// executable's sources but does not link the executable, so without it these tests would
/// run the last jx built.
enum CLI {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The example script, the one every command is tried on.
    static let seed = root.appendingPathComponent("Scripts/examples/qiemo-2021.jx").path

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
        var timedOut = false
        var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
    }

    /// Runs `jx args` in `dir` (the package root unless given) with NO_COLOR set, `env`
    /// added, and `stdin` piped in (or the file `stdinFile` as standard input). Its output
    /// goes to files, not pipes: a child that fills one pipe while the test reads the other
    /// would wait forever. A run still going after `timeout` seconds is killed (a hang
    /// fails its test instead of stopping the suite): `timedOut` says so.
    static func run(_ args: [String], stdin: String? = nil, stdinFile: String? = nil, env extra: [String: String] = [:],
                    in dir: URL? = nil, timeout: Double = 120) throws -> Run {
        guard let binary else { throw Missing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = dir ?? root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "JX_PATH")
        env.merge(extra) { $1 }
        p.environment = env
        let capture = try scratch()
        defer { try? FileManager.default.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout"), errURL = capture.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let input = Pipe()
        p.standardOutput = out
        p.standardError = err
        if let stdinFile {
            guard let h = FileHandle(forReadingAtPath: stdinFile) else { throw CocoaError(.fileReadNoSuchFile) }
            p.standardInput = h
        } else {
            p.standardInput = input
        }
        try p.run()
        let killed = Killed()
        let watchdog = DispatchWorkItem { [p] in
            guard p.isRunning else { return }
            killed.set()
            kill(p.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        if stdinFile == nil {
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            try input.fileHandleForWriting.close()
        }
        p.waitUntilExit()
        watchdog.cancel()
        let o = (try? Data(contentsOf: outURL)) ?? Data()
        let e = (try? Data(contentsOf: errURL)) ?? Data()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                   timedOut: killed.value)
    }

    /// Set by the watchdog's thread, read after the run.
    final class Killed: @unchecked Sendable {
        private let lock = NSLock()
        private var flag = false
        func set() { lock.lock(); flag = true; lock.unlock() }
        var value: Bool { lock.lock(); defer { lock.unlock() }; return flag }
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

    /// A script in a fresh folder of its own; its path.
    static func temp(_ text: String, name: String = "t.jx") throws -> String {
        let dir = try scratch()
        try write(text, name, in: dir)
        return dir.appendingPathComponent(name).path
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
