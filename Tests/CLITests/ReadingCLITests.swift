import Foundation
import Testing

/// What jx reads (issue 19, findings 2 and 4): regular `.jx` files only, at most 128 MiB;
/// a device, a FIFO or an endless standard input is refused at once, and a file that is not
/// a script never has its lines shown.
@Suite struct ReadingCLITests {
    /// A run refused quickly, with the reason on stderr and exit 2.
    func expectRefused(_ r: CLI.Run, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!r.timedOut, "jx hung", sourceLocation: sourceLocation)
        #expect(r.status == 2, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(reason), "\(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func devicesAreRefusedAtOnce() throws {
        for device in ["/dev/zero", "/dev/urandom"] {
            let r = try CLI.run(["check", device], timeout: 20)
            expectRefused(r, "无法读取 \(device)：jx 只读取 .jx 脚本")
        }
        // A link named like a script that leads to a device: refused by what it leads to.
        let dir = try CLI.scratch()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero.jx").path, withDestinationPath: "/dev/zero")
        expectRefused(try CLI.run(["check", "zero.jx"], in: dir, timeout: 20), "它指向 /dev/zero")
        // As root a device can be named like a script: then it is refused by its kind.
        if getuid() == 0 {
            let node = dir.appendingPathComponent("dev.jx").path
            if mknod(node, S_IFCHR | 0o644, dev_t((1 << 8) | 5)) == 0 {
                expectRefused(try CLI.run(["check", node], timeout: 20), "它是字符设备，不是普通文件")
            }
        }
    }

    @Test func aFIFOOrAFolderIsRefusedWithoutWaiting() throws {
        let dir = try CLI.scratch()
        let fifo = dir.appendingPathComponent("pipe.jx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // No one writes to it: opening it to read would wait forever.
        expectRefused(try CLI.run(["check", fifo], timeout: 20), "它是命名管道（FIFO），不是普通文件")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("d.jx"), withIntermediateDirectories: true)
        expectRefused(try CLI.run(["check", "d.jx"], in: dir, timeout: 20), "它是文件夹")
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let dir = try CLI.scratch()
        let big = dir.appendingPathComponent("big.jx")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        // Sparse: 200 MiB that take no disk.
        let h = try FileHandle(forWritingTo: big)
        try h.truncate(atOffset: 200 << 20)
        try h.close()
        let start = Date()
        expectRefused(try CLI.run(["check", big.path], timeout: 20), "它有 200 MiB；jx 从一个文件最多读取 128 MiB")
        #expect(Date().timeIntervalSince(start) < 10)
        // An import over the limit is an error at the import, not a hang.
        try CLI.write("import \"big.jx\"\n", "main.jx", in: dir)
        let r = try CLI.run(["check", "main.jx"], in: dir, timeout: 20)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[E-import]") && r.stderr.contains("big.jx") && r.stderr.contains("它有 200 MiB"), "\(r.stderr)")
    }

    @Test func anEndlessStandardInputStopsAtTheLimit() throws {
        let r = try CLI.run(["check", "-"], stdinFile: "/dev/zero", timeout: 60)
        expectRefused(r, "标准输入超过 128 MiB")
    }

    @Test func theREPLRefusesToLoadADevice() throws {
        let dir = try CLI.scratch()
        let fifo = dir.appendingPathComponent("p.jx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let r = try CLI.run(["repl", "--lang", "en"], stdin: ":load /dev/zero\n:load \(fifo)\n1 + 1\n", timeout: 20)
        #expect(!r.timedOut)
        #expect(r.status == 0)
        #expect(r.stderr.contains("error: cannot read /dev/zero: jx reads only .jx scripts"))
        #expect(r.stderr.contains("error: cannot read \(fifo): it is a FIFO"))
        // The session goes on.
        #expect(r.stdout.contains("2"))
    }

    @Test func onlyScriptsAreImportedAndNoOtherFileIsShown() throws {
        let dir = try CLI.scratch()
        // A file that is not a script, with a line a snippet would show.
        try CLI.write("secret:x:0:0:root:/root:/bin/bash\n", "notes/passwd", in: dir)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("dept.jx").path,
                                                   withDestinationPath: dir.appendingPathComponent("notes/passwd").path)
        for target in ["/etc/passwd", "../../../../../../../../etc/passwd", "notes/passwd", "dept.jx"] {
            try CLI.write("import \"\(target)\"\nindicator a target 1个 actual 1个\n", "main.jx", in: dir)
            for command in [["check", "main.jx"], ["report", "main.jx"], ["test", "main.jx"], ["eval", "main.jx", "a.完成率"]] {
                let r = try CLI.run(command, in: dir, timeout: 20)
                #expect(r.status == 1, "\(command) \(target): \(r.stderr)")
                let all = r.stdout + r.stderr
                #expect(all.contains("错误[E-import]: 无法导入"), "\(command) \(target): \(all)")
                #expect(!all.contains("root:") && !all.contains("secret:"), "\(command) \(target) shows the file: \(all)")
            }
        }
        // Named on the command line, a file that is not a script is not read either.
        expectRefused(try CLI.run(["check", "/etc/passwd"], timeout: 20), "jx 只读取 .jx 脚本")
        let r = try CLI.run(["check", "dept.jx"], in: dir, timeout: 20)
        expectRefused(r, "它指向")
        #expect(!r.stderr.contains("secret:"))
    }

    @Test func importsStayInTheScriptsFolderOrTheNamedOnes() throws {
        let dir = try CLI.scratch()
        try CLI.write("import \"../lib/常数.jx\"\nindicator a target 2个 actual 数\n", "county/main.jx", in: dir)
        try CLI.write("let 数 = 1个\n", "lib/常数.jx", in: dir)
        // A script below the main one's folder is fine.
        try CLI.write("import \"d/b.jx\"\n", "county/ok.jx", in: dir)
        try CLI.write("let c = 1个\n", "county/d/b.jx", in: dir)
        #expect(try CLI.run(["check", "county/ok.jx"], in: dir).status == 0)

        let refused = try CLI.run(["check", "county/main.jx"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[E-import]") && refused.stderr.contains("lib/常数.jx") && refused.stderr.contains("它不在脚本所在的文件夹"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--import-path"))
        #expect(!refused.stderr.contains("let 数"))

        let lib = dir.appendingPathComponent("lib").path
        let named = try CLI.run(["check", "--import-path", lib, "county/main.jx"], in: dir)
        #expect(named.status == 0, "\(named.stderr)")
        let env = try CLI.run(["check", "county/main.jx"], env: ["JX_PATH": "/nonexistent:" + lib], in: dir)
        #expect(env.status == 0, "\(env.stderr)")
        let eval = try CLI.run(["eval", "--import-path", "lib", "county/main.jx", "a.完成率"], in: dir)
        #expect(eval.stdout == "50.00%\n", "\(eval.stderr)")
        let repl = try CLI.run(["repl", "--import-path", "lib", "county/main.jx"], stdin: "a.完成率\n", in: dir)
        #expect(repl.stdout.contains("50.00%"), "\(repl.stdout) \(repl.stderr)")
        // A folder that is not there is a usage error.
        #expect(try CLI.run(["check", "--import-path", "nowhere", "county/main.jx"], in: dir).status == 2)

        // A link inside the folder that leads out of it is judged by where it leads.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("county/link.jx").path, withDestinationPath: lib + "/常数.jx")
        try CLI.write("import \"link.jx\"\n", "county/via.jx", in: dir)
        let via = try CLI.run(["check", "county/via.jx"], in: dir)
        #expect(via.status == 1)
        #expect(via.stderr.contains("它不在脚本所在的文件夹"), "\(via.stderr)")
    }
}
