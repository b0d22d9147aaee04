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
    /// the worker zips into a private folder, and the bytes are written from there, so a
    /// `.docx` never lands on a script, a device or a file it was not asked to replace.
    static func writePackage(_ path: String, _ parts: [ReportPart], _ rules: FileWrite.Rules) -> Result<Void, Workspace.FileError> {
        var template = Array("/tmp/jx-package-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            return .failure(.init("no temporary folder: " + String(cString: strerror(errno))))
        }
        let folder = String(cString: made)
        let zipped = folder + "/package.zip"
        defer { unlink(zipped); rmdir(folder) }
        if case .failure(let e) = zip(zipped, parts) { return .failure(e) }
        switch Files.read(zipped, limit: Int.max) {
        case .failure(let e): return .failure(e)
        case .success(let bytes):
            do throws(Workspace.FileError) { try FileWrite.write(path, bytes: bytes, rules) } catch { return .failure(error) }
            return .success(())
        }
    }

    /// Runs `jx-office zip PATH 1` with the parts on its standard input.
    static func zip(_ path: String, _ parts: [ReportPart]) -> Result<Void, Workspace.FileError> {
        guard let worker = worker() else { return .failure(.init("jx-office is not beside jx; it writes the Office formats (swift build builds both)")) }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .failure(.init(String(cString: strerror(errno)))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var argv: [UnsafeMutablePointer<CChar>?] = [worker, "zip", path, "1"].map { (s: String) in strdup(s) }
        argv.append(nil)
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, worker, &actions, nil, &argv, environ)
        close(fds[0])
        guard spawned == 0 else {
            close(fds[1])
            return .failure(.init("cannot run \(worker): \(String(cString: strerror(spawned)))"))
        }
        let bytes = ReportPart.framed(parts)
        var off = 0
        bytes.withUnsafeBufferPointer { buf in
            while off < buf.count {
                let n = Glibc.write(fds[1], buf.baseAddress! + off, buf.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                off += n
            }
        }
        close(fds[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited normally with 0 (the worker has said on stderr what went wrong otherwise).
        let exited = (status & 0x7f) == 0, code = (status >> 8) & 0xff
        return exited && code == 0 ? .success(()) : .failure(.init("the archive was not written (jx-office said why above)"))
    }

    /// Replaces this process with the worker; returns only when it cannot.
    static func exec(_ args: [String]) -> Never {
        guard let path = worker() else {
            Terminal.err("error: jx-office is not beside jx; it does the Office formats (swift build builds both; install them together)\n")
            Terminal.exit(2)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) }
        argv.append(nil)
        execv(path, &argv)
        Terminal.err("error: cannot run \(path): \(String(cString: strerror(errno)))\n")
        Terminal.exit(2)
    }
}
