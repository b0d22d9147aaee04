#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `jx fmt` changes layout and nothing else (issue 19, finding 6): not a read-only file,
/// not a hard link, not the owner or the mode. CI runs as root, so read-only is told by the
/// mode bits and the owner is changed only when the test can change it.
@Suite struct FmtSafetyCLITests {
    static let unformatted = "indicator   甲 target 1个 actual 1个\n"
    static let formatted = "indicator 甲 target 1个 actual 1个\n"

    func status(_ path: String) -> Glibc.stat? {
        var st = Glibc.stat()
        return stat(path, &st) == 0 ? st : nil
    }

    @Test func aReadOnlyFileIsRefusedNotRewritten() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.unformatted, "ro.jx", in: dir)
        let path = dir.appendingPathComponent("ro.jx").path
        #expect(chmod(path, 0o444) == 0)
        let r = try CLI.run(["fmt", "ro.jx"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("无法写入 ro.jx：它是只读的（权限 444）"), "\(r.stderr)")
        #expect(CLI.read("ro.jx", in: dir) == Self.unformatted)
        #expect(status(path).map { $0.st_mode & 0o777 } == 0o444)
    }

    @Test func hardLinksOwnerAndModeAreKept() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.unformatted, "a.jx", in: dir)
        let a = dir.appendingPathComponent("a.jx").path, b = dir.appendingPathComponent("b.jx").path
        #expect(link(a, b) == 0)
        #expect(chmod(a, 0o640) == 0)
        let root = getuid() == 0
        if root { #expect(chown(a, 1234, 5678) == 0) }
        let r = try CLI.run(["fmt", "a.jx"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(CLI.read("a.jx", in: dir) == Self.formatted)
        // Both names still one file: the other link sees the change.
        #expect(CLI.read("b.jx", in: dir) == Self.formatted)
        let sa = try #require(status(a)), sb = try #require(status(b))
        #expect(sa.st_ino == sb.st_ino && sa.st_nlink == 2)
        #expect(sa.st_mode & 0o7777 == 0o640)
        if root { #expect(sa.st_uid == 1234 && sa.st_gid == 5678) }

        // A file with one link is replaced atomically, and keeps its owner and mode too.
        try CLI.write(Self.unformatted, "c.jx", in: dir)
        let c = dir.appendingPathComponent("c.jx").path
        #expect(chmod(c, 0o604) == 0)
        if root { #expect(chown(c, 4321, 8765) == 0) }
        #expect(try CLI.run(["fmt", "c.jx"], in: dir).status == 0)
        #expect(CLI.read("c.jx", in: dir) == Self.formatted)
        let sc = try #require(status(c))
        #expect(sc.st_mode & 0o7777 == 0o604)
        if root { #expect(sc.st_uid == 4321 && sc.st_gid == 8765) }
        // No temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("jx-tmp") }
        #expect(left.isEmpty, "\(left)")
    }
}

extension FmtSafetyCLITests {
    /// Invalid UTF-8 in a comment became U+FFFD with exit 0: now the file is refused, with
    /// the place of the first bad byte, and left byte for byte as it was.
    @Test func invalidUTF8IsRefusedAndKeptByteForByte() throws {
        let dir = try CLI.scratch()
        let url = dir.appendingPathComponent("gbk.jx")
        let bytes: [UInt8] = Array("# 说明 ".utf8) + [0xC4, 0xE3, 0xBA, 0xC3, 0xFF] + Array("\nindicator   甲 target 1个 actual 1个\n".utf8)
        try Data(bytes).write(to: url)
        // In English: the sentence is what this test reads (the Chinese is the catalogue's).
        for args in [["fmt", "--lang", "en", "gbk.jx"], ["fmt", "--check", "--lang", "en", "gbk.jx"]] {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 1, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("error[E-lex]: the file is not valid UTF-8 here"), "\(r.stderr)")
            #expect(r.stderr.contains("--> gbk.jx:1:"), "\(r.stderr)")
            #expect(try Data(contentsOf: url) == Data(bytes))
        }
        let piped = try CLI.run(["fmt", "-"], stdinFile: url.path)
        #expect(piped.status == 1)
        #expect(piped.stdout.isEmpty)
        #expect(piped.stderr.contains("错误[E-lex]: 文件在这里不是 UTF-8 编码"), "\(piped.stderr)")
    }

    @Test func aFileThatIsNotAScriptIsNotRead() throws {
        let r = try CLI.run(["fmt", "/etc/passwd"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("无法读取 /etc/passwd：jx 只读取 .jx 脚本"), "\(r.stderr)")
        #expect(!r.stderr.contains("root:"))
    }
}
