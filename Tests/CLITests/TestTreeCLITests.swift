import Foundation
import Testing

/// `jx test` over a folder with symbolic links (issue 19, finding 7): a loop of links once
/// counted one script 41 times; each file is tested once, whatever its names.
@Suite struct TestTreeCLITests {
    @Test func linksThatLoopAreFollowedOnce() throws {
        let dir = try CLI.scratch()
        try CLI.write("indicator 甲 target 1个 actual 1个\nassert 甲.完成率 == 100%\n", "d/a.jx", in: dir)
        let fm = FileManager.default
        // A link back up the tree, a second link to the same folder, and a second name for a file.
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("d/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("again").path, withDestinationPath: "d")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("d/b.jx").path, withDestinationPath: "a.jx")
        for args in [["test"], ["test", "."], ["test", ".", "d", "again", "d/a.jx"]] {
            let r = try CLI.run(args, in: dir, timeout: 30)
            #expect(!r.timedOut)
            #expect(r.status == 0, "\(args): \(r.stdout)\(r.stderr)")
            #expect(r.lastLine == "1 passed, 0 failed", "\(args): \(r.stdout)")
            #expect(r.stdout.components(separatedBy: "通过 ").count == 2, "\(args): \(r.stdout)")
        }
        // jx fmt walks folders the same way: each file once.
        try CLI.write("indicator   乙 target 1个 actual 1个\n", "d/c.jx", in: dir)
        let f = try CLI.run(["fmt", "--check", "."], in: dir, timeout: 30)
        #expect(f.stdout == "./d/c.jx\n", "\(f.stdout)")
    }
}
