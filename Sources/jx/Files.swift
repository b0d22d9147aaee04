#if canImport(Glibc)
import Glibc
#endif
import JXCore

/// Reading scripts and writing outputs. Writes are atomic: a temporary file beside the
/// target, then rename, so an interrupted write never leaves half a file.
enum Files {
    static func read(_ path: String) -> Result<[UInt8], Workspace.FileError> {
        if path == "-" { return .success(readAll(fd: 0, sizeHint: 0)) }
        var st = stat()
        if stat(path, &st) != 0 { return .failure(.init(String(cString: strerror(errno)))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.init("it is a folder, not a file")) }
        let fd = open(path, O_RDONLY)
        if fd < 0 { return .failure(.init(String(cString: strerror(errno)))) }
        defer { close(fd) }
        return .success(readAll(fd: fd, sizeHint: Int(st.st_size)))
    }

    static func readAll(fd: Int32, sizeHint: Int = 65536) -> [UInt8] {
        // A regular file of known size is read straight into the array (no second copy).
        if sizeHint > 0 {
            var got = 0
            var failed = false
            let whole = [UInt8](unsafeUninitializedCapacity: sizeHint) { buf, count in
                while got < sizeHint {
                    let n = Glibc.read(fd, buf.baseAddress! + got, sizeHint - got)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { failed = n < 0; break }
                    got += n
                }
                count = got
            }
            if failed { return whole }
            // The file may have grown since stat: read on to its end (a small read first:
            // nearly always there is nothing more, and a county reads thousands of files).
            var probe = [UInt8](repeating: 0, count: 4096)
            var n = 0
            repeat { n = probe.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) } } while n < 0 && errno == EINTR
            if n <= 0 { return whole }
            var out = whole
            out.append(contentsOf: probe[0..<n])
            out.append(contentsOf: readAll(fd: fd, sizeHint: 0))
            return out
        }
        var out = [UInt8]()
        out.reserveCapacity(65536)
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
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
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        let tmp = path + ".jx-tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, mode)
        if fd < 0 { throw .init("cannot write \(path): \(String(cString: strerror(errno)))") }
        _ = fchmod(fd, mode)
        var ok = true
        var t = text
        t.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { ok = false; break }
                off += n
            }
        }
        if fsync(fd) != 0 { ok = false }
        close(fd)
        if !ok || rename(tmp, path) != 0 {
            unlink(tmp)
            throw .init("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Every `.jx` file under a folder, sorted, for stable output.
    static func scripts(under path: String) -> [String] {
        guard isDirectory(path) else { return [path] }
        var out: [String] = []
        guard let dir = opendir(path) else { return [] }
        var entries: [String] = []
        while let e = readdir(dir) {
            let name = withUnsafePointer(to: e.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
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
