#if canImport(Glibc)
import Glibc
#endif
import JXCore

/// Reading scripts and writing outputs. Only regular files are read, and only up to
/// `maxReadSize`: a device (`/dev/zero`), a FIFO or a folder is refused before a byte is
/// read, so a hostile path can neither hang a run nor fill its memory.
enum Files {
    /// The largest file read: 128 MiB, twice the benchmarks' largest script (10^6
    /// indicators in 51 MB); a county is many files, each far smaller.
    static let maxReadSize = 128 << 20

    static func read(_ path: String, limit: Int = maxReadSize) -> Result<[UInt8], Workspace.FileError> {
        if path == "-" {
            guard let bytes = readAll(fd: 0, sizeHint: 0, limit: limit) else { return .failure(tooLarge(standardInput: true, limit)) }
            return .success(bytes)
        }
        // Refused by its kind before it is opened: opening a device can itself do something
        // (a watchdog, a tape), and a FIFO without a writer would wait forever.
        var st = stat()
        if stat(path, &st) != 0 { return .failure(.init(.system(.from()))) }
        if let e = notRegular(st) { return .failure(e) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if fd < 0 { return .failure(.init(.system(.from()))) }
        defer { close(fd) }
        // Again on what was opened: the path may have changed in between.
        if fstat(fd, &st) != 0 { return .failure(.init(.system(.from()))) }
        if let e = notRegular(st) { return .failure(e) }
        if Int(st.st_size) > limit { return .failure(tooLarge(standardInput: false, limit, size: Int(st.st_size))) }
        guard let bytes = readAll(fd: fd, sizeHint: Int(st.st_size), limit: limit) else { return .failure(tooLarge(standardInput: false, limit)) }
        return .success(bytes)
    }

    /// What a file is when it is not a regular file, as a reason not to read or replace it.
    static func kind(_ st: stat) -> FileMessage.Kind? {
        switch st.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        default: .other
        }
    }

    static func notRegular(_ st: stat) -> Workspace.FileError? {
        guard let k = kind(st) else { return nil }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .init(.isFolder) }
        return .init(.notRegular(k))
    }

    static func tooLarge(standardInput: Bool, _ limit: Int, size: Int? = nil) -> Workspace.FileError {
        .init(.tooLarge(standardInput: standardInput, mib: size.map { $0 >> 20 }, limit: limit >> 20))
    }

    /// All of `fd` to its end, or nil past `limit` bytes.
    static func readAll(fd: Int32, sizeHint: Int = 65536, limit: Int = maxReadSize) -> [UInt8]? {
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
            guard let more = readAll(fd: fd, sizeHint: 0, limit: limit - whole.count - n) else { return nil }
            var out = whole
            out.append(contentsOf: probe[0..<n])
            out.append(contentsOf: more)
            return out.count > limit ? nil : out
        }
        var out = [UInt8]()
        out.reserveCapacity(65536)
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            // Standard input, or a file that says it is empty (those of /proc): counted
            // as they come, so an endless stream stops at the limit.
            if out.count + n > limit { return nil }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Every `.jx` file under a folder, sorted, for stable output. A folder reached twice (a
    /// symbolic link back up the tree, two links to one folder) is listed once, so a loop of
    /// links ends; the folders themselves are walked before those reached through a link,
    /// so a file is listed by its own name.
    static func scripts(under path: String) -> [String] {
        var seen = Set<FileID>()
        return scripts(under: path, &seen)
    }

    /// A file's identity: the device and inode stat gives, the same for every name of it.
    struct FileID: Hashable {
        let device: UInt64, inode: UInt64
        init?(_ path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    static func scripts(under path: String, _ seen: inout Set<FileID>) -> [String] {
        guard isDirectory(path) else { return [path] }
        var out: [String] = []
        var links = [path]
        while !links.isEmpty {
            let next = links.removeFirst()
            walk(next, &seen, &out, &links)
        }
        return out
    }

    static func walk(_ path: String, _ seen: inout Set<FileID>, _ out: inout [String], _ links: inout [String]) {
        if let id = FileID(path), !seen.insert(id).inserted { return }
        guard let dir = opendir(path) else { return }
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
            if isDirectory(full) {
                if isLink(full) { links.append(full) } else { walk(full, &seen, &out, &links) }
            } else if name.hasSuffix(".jx") {
                out.append(full)
            }
        }
    }

    /// Each file once, in order: a file reached by two names (a link, a folder given twice)
    /// is tested or formatted once, by its own name rather than a link's, else by the first.
    static func unique(_ paths: [String]) -> [String] {
        let ids = paths.map { FileID($0) }
        var owner: [FileID: Int] = [:]
        for pass in [false, true] {
            for (k, p) in paths.enumerated() where isLink(p) == pass {
                if let id = ids[k], owner[id] == nil { owner[id] = k }
            }
        }
        var names = Set<String>()
        return paths.enumerated().filter { k, p in
            guard names.insert(p).inserted else { return false }
            guard let id = ids[k] else { return true }
            return owner[id] == k
        }.map(\.element)
    }
}
