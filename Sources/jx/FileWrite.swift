#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore

/// Every file jx writes (`-o`, `--junit`, `--update`, `jx fmt`, the REPL's `:save` and
/// `:report FILE`) is written here, by one set of rules:
///
/// - a file that exists is replaced only when asked (`replace`: `--force`, `:save!`, or the
///   command's own file, as `jx fmt` rewrites what it formats), and never when it is one
///   the run reads (`inputs`: the script and its imports), asked or not;
/// - a FIFO, a terminal, `/dev/null` or `/dev/stdout` is written through (opened and
///   written), never renamed over: run as root, a rename would put a plain file where
///   `/dev/null` was; a block device or a folder is refused;
/// - a read-only file (judged by its mode, since root may write any) is refused;
/// - any other write is atomic (a temporary file beside the target, then rename) and keeps
///   the file's mode and owner; a file with more than one hard link is rewritten in place,
///   so the links stay one file (the space is reserved first, then it is written and cut to
///   its new length).
///
/// Errors say why, not where: the caller names the path.
enum FileWrite {
    struct Rules {
        /// An existing file may be replaced.
        var replace = false
        /// Paths of files the run reads: never written.
        var inputs: [String] = []
    }

    static func write(_ path: String, _ text: String, _ rules: Rules) throws(Workspace.FileError) {
        try write(path, bytes: Array(text.utf8), rules)
    }

    static func write(_ path: String, bytes: [UInt8], _ rules: Rules) throws(Workspace.FileError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            guard errno == ENOENT else { throw errno == ENOTDIR ? folderRefuses(ScriptAccess.folder(of: path)) : failure() }
            var link = stat()
            if lstat(path, &link) == 0 {
                // A link to nothing: writing would create a file wherever it points.
                throw .init(.danglingLink)
            }
            return try create(path, bytes)
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFCHR, S_IFIFO, S_IFSOCK:
            return try through(path, bytes, append: false)
        default:
            throw .init(.cannotWriteKind(Files.kind(st) ?? .other))
        }
        if let e = inputRefusal(path, st, rules) { throw e }
        // `/dev/stdout` of a process whose output goes to a file: that file is written
        // through, appended to as the shell opened it, not replaced.
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return try through(path, bytes, append: true) }
        guard rules.replace else { throw .init(.exists, kind: .exists) }
        if st.st_mode & 0o200 == 0 || access(path, W_OK) != 0 {
            throw .init(.readOnly(mode: String(st.st_mode & 0o777, radix: 8)))
        }
        let real = realpath(path, nil).map { r in defer { free(r) }; return String(cString: r) } ?? path
        if st.st_nlink > 1 { return try inPlace(real, bytes, oldSize: Int(st.st_size)) }
        try replace(real, bytes, like: st)
    }

    /// The refusal of a file the run reads, whatever `replace` says.
    static func inputRefusal(_ path: String, _ st: stat, _ rules: Rules) -> Workspace.FileError? {
        for input in rules.inputs {
            var other = stat()
            if stat(input, &other) == 0, other.st_dev == st.st_dev, other.st_ino == st.st_ino {
                return .init(.isInput(other: input == path ? nil : input), kind: .input)
            }
        }
        return nil
    }

    /// A command's output file that would be refused whatever the run computes (one of the
    /// scripts named, or a file that exists without `--force`): said before the work, so that
    /// the refusal does not follow a run's whole output. An existing `.jx` file is left to
    /// `write`, which knows the imports by then: it may be one, and is then refused as an
    /// input, `--force` or not. `write` still checks everything.
    static func refuseEarly(_ path: String, force: Bool, inputs: [String], flag: String = "--force") throws {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG, !path.hasPrefix("/dev/"), !path.hasPrefix("/proc/") else { return }
        let exists: Workspace.FileError? = force || path.hasSuffix(".jx") ? nil : .init(.exists, kind: .exists)
        guard let error = inputRefusal(path, st, Rules(replace: force, inputs: inputs)) ?? exists else { return }
        Terminal.err(say(.cannotWrite(path: path, reason: error.message, replaceWith: error.kind == .exists ? flag : nil)) + "\n")
        throw ExitCode(2)
    }

    /// A command's output file (`-o`, `--junit`): written, or the reason on stderr and exit 2.
    static func output(_ path: String, _ text: String, force: Bool, inputs: [String], flag: String = "--force") throws {
        do throws(Workspace.FileError) {
            try write(path, text, Rules(replace: force, inputs: inputs))
        } catch {
            Terminal.err(say(.cannotWrite(path: path, reason: error.message, replaceWith: error.kind == .exists ? flag : nil)) + "\n")
            throw ExitCode(2)
        }
    }

    static func failure() -> Workspace.FileError { .init(.system(.from())) }

    /// Why no file can be made in `folder` (the caller has named the file already).
    static func folderRefuses(_ folder: String) -> Workspace.FileError {
        switch errno {
        case ENOENT: return .init(.noFolder(folder))
        case ENOTDIR: return .init(.notAFolder(folder))
        default: return .init(.cannotMakeIn(folder, .from()))
        }
    }

    /// A temporary file in the target's folder, readable only by its owner until it takes
    /// the target's place.
    static func temporary(beside path: String) throws(Workspace.FileError) -> (fd: Int32, path: String) {
        let folder = ScriptAccess.folder(of: path), name = ScriptAccess.name(of: path)
        for k in 0..<100 {
            let tmp = (folder == "/" ? "/" : folder + "/") + ".\(name).jx-tmp-\(getpid())-\(k)"
            let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, tmp) }
            if errno != EEXIST { throw folderRefuses(folder) }
        }
        throw .init(.noTemporaryName(folder))
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int? = nil) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return true }
            var off = 0
            while off < buf.count {
                let n = offset.map { pwrite(fd, base + off, buf.count - off, off_t($0 + off)) } ?? Glibc.write(fd, base + off, buf.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                off += n
            }
            return true
        }
    }

    /// A new file, atomically: written beside, then linked into place, which fails rather
    /// than replace a file that appeared meanwhile.
    static func create(_ path: String, _ bytes: [UInt8]) throws(Workspace.FileError) {
        let (fd, tmp) = try temporary(beside: path)
        defer { unlink(tmp) }
        // The mode a new file gets from the umask, as any program's would.
        let mask = umask(0)
        umask(mask)
        let ok = writeAll(fd, bytes) && fchmod(fd, 0o666 & ~mask) == 0 && fsync(fd) == 0
        let err = errno
        close(fd)
        guard ok else { errno = err; throw failure() }
        if link(tmp, path) == 0 { return }
        if errno == EEXIST { throw .init(.exists, kind: .exists) }
        // A file system without hard links: create the file itself, exclusively.
        let direct = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if direct < 0 { throw errno == EEXIST ? .init(.exists, kind: .exists) : failure() }
        defer { close(direct) }
        guard writeAll(direct, bytes) else { let e = failure(); unlink(path); throw e }
    }

    /// An existing file replaced atomically, keeping its mode and owner.
    static func replace(_ path: String, _ bytes: [UInt8], like st: stat) throws(Workspace.FileError) {
        let (fd, tmp) = try temporary(beside: path)
        var ok = writeAll(fd, bytes) && fchmod(fd, st.st_mode & 0o7777) == 0
        if ok, fchown(fd, st.st_uid, st.st_gid) != 0 {
            // Not allowed to give the file its owner back (not root): rather than change
            // who owns it, write it in place.
            close(fd)
            unlink(tmp)
            return try inPlace(path, bytes, oldSize: Int(st.st_size))
        }
        // chown may clear set-user-ID bits: set the mode again after it.
        ok = ok && fchmod(fd, st.st_mode & 0o7777) == 0 && fsync(fd) == 0
        let err = errno
        close(fd)
        if ok && rename(tmp, path) == 0 { return syncFolder(of: path) }
        if !ok { errno = err }
        let e = failure()
        unlink(tmp)
        throw e
    }

    /// The same file written again: every hard link sees the new text. The space is taken
    /// before a byte changes, so a full disk refuses the write instead of cutting it short.
    static func inPlace(_ path: String, _ bytes: [UInt8], oldSize: Int) throws(Workspace.FileError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 { throw failure() }
        defer { close(fd) }
        if bytes.count > oldSize {
            let e = posix_fallocate(fd, off_t(oldSize), off_t(bytes.count - oldSize))
            if e != 0 && e != EOPNOTSUPP && e != EINVAL { errno = e; throw failure() }
        }
        guard writeAll(fd, bytes, at: 0), ftruncate(fd, off_t(bytes.count)) == 0, fsync(fd) == 0 else { throw failure() }
    }

    /// A device, a FIFO, a terminal: opened and written, nothing renamed or truncated.
    static func through(_ path: String, _ bytes: [UInt8], append: Bool) throws(Workspace.FileError) {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (append ? O_APPEND : 0))
        if fd < 0 { throw failure() }
        defer { close(fd) }
        guard writeAll(fd, bytes) else { throw failure() }
    }

    /// The rename itself is on disk once the folder is.
    static func syncFolder(of path: String) {
        let fd = open(ScriptAccess.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
    }
}
