#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JXCore
import SystemPackage

/// Reading scripts and writing outputs. Writes are atomic: a temporary file beside the
/// target, then rename, so an interrupted write never leaves half a file.
///
/// Descriptors, reads, writes and stat go through swift-system, the same on Linux and
/// macOS (and retrying on EINTR); what it does not wrap (realpath, fsync, fchmod, rename,
/// directories) is plain POSIX, which both C libraries name alike.
enum Files {
    static func read(_ path: String) -> Result<[UInt8], Workspace.FileError> {
        if path == "-" { return .success(readAll(.standardInput, sizeHint: 0)) }
        do {
            let st = try FilePath(path).stat()
            if st.type == .directory { return .failure(.init("it is a folder, not a file")) }
            let fd = try FileDescriptor.open(FilePath(path), .readOnly)
            defer { try? fd.close() }
            return .success(readAll(fd, sizeHint: Int(st.size)))
        } catch {
            return .failure(.init(reason(error)))
        }
    }

    static func readAll(_ fd: FileDescriptor, sizeHint: Int = 65536) -> [UInt8] {
        // A regular file of known size is read straight into the array (no second copy).
        if sizeHint > 0 {
            var got = 0
            var failed = false
            let whole = [UInt8](unsafeUninitializedCapacity: sizeHint) { buf, count in
                while got < sizeHint {
                    guard let n = try? fd.read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buf)[got...])) else {
                        failed = true
                        break
                    }
                    if n == 0 { break }
                    got += n
                }
                count = got
            }
            if failed { return whole }
            // The file may have grown since stat: read on to its end (a small read first:
            // nearly always there is nothing more, and a county reads thousands of files).
            var probe = [UInt8](repeating: 0, count: 4096)
            let n = (try? probe.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
            if n <= 0 { return whole }
            var out = whole
            out.append(contentsOf: probe[0..<n])
            out.append(contentsOf: readAll(fd, sizeHint: 0))
            return out
        }
        var out = [UInt8]()
        out.reserveCapacity(65536)
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = (try? buf.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func writeAtomically(_ path: String, _ text: String) throws(Workspace.FileError) {
        // Through a symbolic link to the file it names, and keeping the file's permissions:
        // `jx fmt` rewrites a script, it does not replace it with another kind of file.
        var path = path
        if let real = realpath(path, nil) {
            path = String(cString: real)
            free(real)
        }
        let permissions = (try? FilePath(path).stat().permissions) ?? [.ownerReadWrite, .groupRead, .otherRead]
        let tmp = path + ".jx-tmp-\(getpid())"
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(tmp), .writeOnly, options: [.create, .truncate], permissions: permissions)
        } catch {
            throw .init("cannot write \(path): \(reason(error))")
        }
        // open's mode passes through the umask; the file keeps the mode it had.
        _ = fchmod(fd.rawValue, permissions.rawValue)
        var failure: String?
        var t = text
        t.withUTF8 { buf in
            do { _ = try fd.writeAll(buf) } catch { failure = reason(error) }
        }
        if failure == nil, fsync(fd.rawValue) != 0 { failure = String(cString: strerror(errno)) }
        try? fd.close()
        if failure == nil, rename(tmp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(tmp)
            throw .init("cannot write \(path): \(failure)")
        }
    }

    /// An error as the C library words it (`strerror`), as the messages always had it.
    private static func reason(_ error: any Error) -> String {
        (error as? Errno)?.description ?? "\(error)"
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        (try? FilePath(path).stat().type) == .directory
    }

    /// Every `.jx` file under a folder, sorted, for stable output.
    static func scripts(under path: String) -> [String] {
        guard isDirectory(path) else { return [path] }
        var out: [String] = []
        guard let dir = opendir(path) else { return [] }
        var entries: [String] = []
        while let e = readdir(dir) {
            let name = withUnsafePointer(to: e.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: ptr.pointee)) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            entries.append(name)
        }
        closedir(dir)
        for name in entries.sorted() {
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            if isDirectory(full) { out.append(contentsOf: scripts(under: full)) }
            else if name.hasSuffix(".jx") { out.append(full) }
        }
        return out
    }
}
