#if canImport(Glibc)
import Glibc
#endif
import JXCore

/// `jx-office`, the worker built beside `jx` that links Foundation for the Office formats
/// (Package.swift says why `jx` itself does not).
enum Office {
    /// The worker's path: beside this executable.
    static func worker() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        let me = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = me.lastIndex(of: "/") else { return nil }
        let path = String(me[..<slash]) + "/jx-office"
        return access(path, X_OK) == 0 ? path : nil
    }

    /// The archive of `parts` written to `path` by jx's rules for every write (`FileWrite`):
    /// the worker zips to its standard output, and the bytes are written from here, so a
    /// `.docx` never lands on a script, a device or a file it was not asked to replace.
    /// With a `conversion` (`pdf`), the worker has LibreOffice convert the archive first.
    static func writePackage(_ path: String, _ parts: [ReportPart], conversion: String? = nil, _ rules: FileWrite.Rules) -> Result<Void, Workspace.FileError> {
        switch run(["zip"] + (conversion.map { [$0] } ?? []), input: ReportPart.pieces(parts)) {
        case .failure(let e): return .failure(e)
        case .success(let (code, bytes)):
            guard code == 0 else { return .failure(.init(.archiveNotMade)) }
            do throws(Workspace.FileError) { try FileWrite.write(path, bytes: bytes, rules) } catch { return .failure(error) }
            return .success(())
        }
    }

    /// The worker run with the pieces of `input` one after another on its standard input
    /// and its standard output kept; its standard error is the user's. `code`: its exit
    /// status, 128 + the signal that ended it.
    static func run(_ args: [String], input: [[UInt8]] = []) -> Result<(code: Int32, output: [UInt8]), Workspace.FileError> {
        guard let worker = worker() else { return .failure(.init(.workerMissing)) }
        var inFDs: [Int32] = [0, 0], outFDs: [Int32] = [0, 0]
        guard pipe(&inFDs) == 0 else { return .failure(.init(.system(.from()))) }
        guard pipe(&outFDs) == 0 else {
            close(inFDs[0]); close(inFDs[1])
            return .failure(.init(.system(.from())))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inFDs[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outFDs[1], 1)
        posix_spawn_file_actions_addclose(&actions, inFDs[1])
        posix_spawn_file_actions_addclose(&actions, outFDs[0])
        var argv: [UnsafeMutablePointer<CChar>?] = ([worker] + args).map { (s: String) in strdup(s) }
        argv.append(nil)
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, worker, &actions, nil, &argv, environ)
        close(inFDs[0])
        close(outFDs[1])
        guard spawned == 0 else {
            close(inFDs[1]); close(outFDs[0])
            return .failure(.init(.cannotRun(worker, .from(spawned))))
        }
        // The input first, then the output: the worker reads all of its input before it
        // writes (a package's parts, or nothing), so neither pipe can fill while the other waits.
        var broken = false
        for piece in input where !broken {
            var off = 0
            piece.withUnsafeBufferPointer { buf in
                while off < buf.count {
                    let n = Glibc.write(inFDs[1], buf.baseAddress! + off, buf.count - off)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { broken = true; break }
                    off += n
                }
            }
        }
        close(inFDs[1])
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(outFDs[0], $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output += chunk[0..<n]
        }
        close(outFDs[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return .success((signal == 0 ? (status >> 8) & 0xff : 128 + signal, output))
    }

    /// Replaces this process with the worker; returns only when it cannot.
    static func exec(_ args: [String]) -> Never {
        guard let path = worker() else {
            Terminal.err(say(.error(say(.workerMissingInstall))) + "\n")
            Terminal.exit(2)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) }
        argv.append(nil)
        execv(path, &argv)
        Terminal.err(say(.error(say(.cannotRun(path, .from())))) + "\n")
        Terminal.exit(2)
    }
}
