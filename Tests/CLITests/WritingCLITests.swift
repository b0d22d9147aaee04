#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// What jx writes (issue 19, findings 3, 6 and 11): never over a file it was not asked to
/// replace, never over a script it reads, through a device or FIFO rather than over it,
/// and otherwise atomically with the file's mode and owner kept. These run as root in CI:
/// a read-only file is told by its mode, and `/dev/null` is only ever checked with stat.
@Suite struct WritingCLITests {
    static let script = "indicator 新增建设用地报批 target 450亩 actual 30亩\n"

    func folder() throws -> URL {
        let dir = try CLI.scratch()
        try CLI.write(Self.script, "q.jx", in: dir)
        return dir
    }

    func status(_ path: String) -> Glibc.stat? {
        var st = Glibc.stat()
        return stat(path, &st) == 0 ? st : nil
    }

    @Test func aReportOrJUnitIsNeverWrittenOverTheScriptOrAnImport() throws {
        let dir = try folder()
        try CLI.write("let 常数 = 1个\n", "lib.jx", in: dir)
        try CLI.write("import \"lib.jx\"\n" + Self.script, "main.jx", in: dir)
        // A second name for the script: the same file, so it is an input too.
        #expect(link(dir.appendingPathComponent("main.jx").path, dir.appendingPathComponent("alias.jx").path) == 0)
        for target in ["main.jx", "lib.jx", "alias.jx"] {
            for force in [[], ["--force"]] {
                for args in [["report", "main.jx", "-f", "html", "-o", target], ["test", "main.jx", "--junit", target]] {
                    let r = try CLI.run(args + force, in: dir)
                    #expect(r.status == 2, "\(args + force): \(r.stderr)")
                    #expect(r.stderr.contains("无法写入 \(target)：它是"), "\(r.stderr)")
                    if args[0] == "test" && target == "main.jx" { #expect(r.stdout.isEmpty, "\(r.stdout)") }
                }
            }
        }
        #expect(CLI.read("main.jx", in: dir) == "import \"lib.jx\"\n" + Self.script)
        #expect(CLI.read("lib.jx", in: dir) == "let 常数 = 1个\n")
    }

    @Test func anExistingFileNeedsForce() throws {
        let dir = try folder()
        try CLI.write("a department's script\n", "other.jx", in: dir)
        try CLI.write("<testsuites/>\n", "old.xml", in: dir)
        let early = try CLI.run(["test", "q.jx", "--junit", "old.xml"], in: dir)
        #expect(early.status == 2 && early.stdout.isEmpty, "\(early.stdout)")
        #expect(CLI.read("old.xml", in: dir) == "<testsuites/>\n")
        let r = try CLI.run(["report", "q.jx", "-o", "other.jx"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "错误：无法写入 other.jx：文件已存在；要替换它，请加 --force\n", "\(r.stderr)")
        #expect(CLI.read("other.jx", in: dir) == "a department's script\n")
        let junit = try CLI.run(["test", "q.jx", "--junit", "other.jx"], in: dir)
        #expect(junit.status == 2)
        #expect(CLI.read("other.jx", in: dir) == "a department's script\n")

        // Asked: replaced, keeping its mode (and, as root, its owner).
        let other = dir.appendingPathComponent("other.jx").path
        #expect(chmod(other, 0o640) == 0)
        let root = getuid() == 0
        if root { #expect(chown(other, 1234, 1234) == 0) }
        #expect(try CLI.run(["report", "q.jx", "-o", "other.jx", "--force"], in: dir).status == 0)
        #expect(CLI.read("other.jx", in: dir).contains("新增建设用地报批"))
        let st = try #require(status(other))
        #expect(st.st_mode & 0o7777 == 0o640)
        if root { #expect(st.st_uid == 1234 && st.st_gid == 1234) }
        #expect(try CLI.run(["test", "q.jx", "--junit", "other.jx", "--force"], in: dir).status == 0)
        #expect(CLI.read("other.jx", in: dir).hasPrefix("<?xml"))
        // A new file needs nothing.
        #expect(try CLI.run(["report", "q.jx", "-o", "new.txt"], in: dir).status == 0)
    }

    /// The error names the path once and says why once (it read "cannot write
    /// nodir/x.html: cannot create a file in nodir: …").
    @Test func aFileInAFolderThatIsNotThereSaysSoOnce() throws {
        let dir = try folder()
        let r = try CLI.run(["report", "q.jx", "-o", "nodir/x.html"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "错误：无法写入 nodir/x.html：没有 nodir 这个文件夹\n", "\(r.stderr)")
        try CLI.write("a file\n", "plain", in: dir)
        let under = try CLI.run(["test", "q.jx", "--junit", "plain/x.xml"], in: dir)
        #expect(under.stderr.contains("无法写入 plain/x.xml：plain 不是文件夹"), "\(under.stderr)")
        #expect(!under.stderr.contains("cannot write plain/x.xml: cannot"))
    }

    @Test func aReadOnlyFileIsRefusedEvenWithForce() throws {
        let dir = try folder()
        try CLI.write("kept\n", "r.txt", in: dir)
        #expect(chmod(dir.appendingPathComponent("r.txt").path, 0o444) == 0)
        let r = try CLI.run(["report", "q.jx", "-o", "r.txt", "--force"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("无法写入 r.txt：它是只读的（权限 444）"), "\(r.stderr)")
        #expect(CLI.read("r.txt", in: dir) == "kept\n")
    }

    @Test func devicesAndFIFOsAreWrittenThroughNeverReplaced() throws {
        let dir = try folder()
        for args in [["report", "q.jx", "-o", "/dev/null"], ["test", "q.jx", "--junit", "/dev/null"]] {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let st = try #require(status("/dev/null"))
            #expect(st.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
        }
        // /dev/stdout: here the run's output goes to a file, which is appended to, not replaced.
        let out = try CLI.run(["report", "q.jx", "-o", "/dev/stdout"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("新增建设用地报批"), "\(out.stdout)")

        let fifo = dir.appendingPathComponent("out.fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let r = try CLI.run(["report", "q.jx", "-f", "csv", "-o", fifo], in: dir, timeout: 30)
        #expect(r.status == 0, "\(r.stderr)")
        var buf = [UInt8](repeating: 0, count: 65536)
        let n = read(reader, &buf, buf.count)
        #expect(n > 0 && String(decoding: buf[0..<max(0, n)], as: UTF8.self).contains("新增建设用地报批"))
        let st = try #require(status(fifo))
        #expect(st.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func hardLinksAndSymbolicLinksStayWhatTheyWere() throws {
        let dir = try folder()
        try CLI.write("old\n", "out.txt", in: dir)
        let out = dir.appendingPathComponent("out.txt").path, twin = dir.appendingPathComponent("twin.txt").path
        #expect(link(out, twin) == 0)
        #expect(try CLI.run(["report", "q.jx", "-o", "out.txt", "--force"], in: dir).status == 0)
        #expect(CLI.read("twin.txt", in: dir).contains("新增建设用地报批"), "the hard link was broken")
        #expect(status(out)?.st_ino == status(twin)?.st_ino)

        try CLI.write("old\n", "real.txt", in: dir)
        #expect(symlink("real.txt", dir.appendingPathComponent("via.txt").path) == 0)
        #expect(try CLI.run(["report", "q.jx", "-o", "via.txt", "--force"], in: dir).status == 0)
        #expect(CLI.read("real.txt", in: dir).contains("新增建设用地报批"))
        var lst = Glibc.stat()
        #expect(lstat(dir.appendingPathComponent("via.txt").path, &lst) == 0 && lst.st_mode & S_IFMT == S_IFLNK)

        // A link to nothing would create a file wherever it points: refused.
        #expect(symlink(dir.appendingPathComponent("nowhere/x.txt").path, dir.appendingPathComponent("dangling.txt").path) == 0)
        let r = try CLI.run(["report", "q.jx", "-o", "dangling.txt"], in: dir)
        #expect(r.status == 2 && r.stderr.contains("它是指向不存在的文件的符号链接"), "\(r.stderr)")
    }

    @Test func theREPLAsksBeforeReplacingAFile() throws {
        let dir = try folder()
        try CLI.write("let 常数 = 1个\n", "lib.jx", in: dir)
        try CLI.write("import \"lib.jx\"\n" + Self.script, "main.jx", in: dir)
        try CLI.write("a department's script\n", "other.jx", in: dir)
        let session = """
        新增建设用地报批.actual = 300亩
        :save other.jx
        :save sc.jx 第一
        新增建设用地报批.actual = 400亩
        :save sc.jx 第二
        :save lib.jx
        :save! lib.jx
        :report json lib.jx
        :report! json lib.jx
        :report json r.json
        :report json r.json
        :report! json r.json
        :save! sc.jx 第二
        """
        let r = try CLI.run(["repl", "main.jx"], stdin: session + "\n", in: dir)
        #expect(r.status == 0)
        #expect(CLI.read("other.jx", in: dir) == "a department's script\n")
        #expect(CLI.read("lib.jx", in: dir) == "let 常数 = 1个\n")
        #expect(r.stderr.contains("错误：other.jx 已存在；要替换它：:save! other.jx"), "\(r.stderr)")
        #expect(r.stderr.contains("错误：sc.jx 已存在；要替换它：:save! sc.jx 第二"), "\(r.stderr)")
        #expect(r.stderr.contains("错误：无法写入 lib.jx："), "\(r.stderr)")
        #expect(r.stderr.contains("错误：r.json 已存在；要替换它：:report! json r.json"), "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "已把 json 报告写入 r.json").count == 3, "\(r.stdout)")
        #expect(CLI.read("sc.jx", in: dir).contains("scenario 第二"))
    }
}
