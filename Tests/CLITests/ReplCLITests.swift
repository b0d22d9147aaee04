import Testing
import Foundation

/// `jx repl` through a pipe, as a script would drive it: plain lines in, plain text out
/// (no prompt, no escape codes), exit 0; and a saved scenario run by `jx report`.
@Suite struct ReplCLITests {
    @Test func aSessionThroughAPipe() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let saved = dir.appendingPathComponent("加速.jx").path
        let lines = """
        新增建设用地报批.完成率
        indicator 新增建设用地报批 target 450亩 actual 300亩
        :undo
        新增建设用地报批.完成率
        solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%
        :redo
        :save \(saved)
        :save \(CLI.seed)
        未知名字
        :quit
        新增建设用地报批.完成率
        """
        let r = try CLI.run(["repl", CLI.seed], stdin: lines + "\n")
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}"))
        #expect(!r.stdout.contains("jx> "))
        let out = r.stdout.split(separator: "\n").map(String.init)
        #expect(out.count > 3 && out[1] == "6.67%", "\(r.stdout)")
        #expect(r.stdout.contains("新增建设用地报批  完成率 6.67% → 66.67%"))
        #expect(r.stdout.contains("已撤销：indicator 新增建设用地报批 target 450亩 actual 300亩"))
        #expect(r.stdout.contains("新增建设用地报批.actual = 450亩"))
        #expect(r.stdout.contains("已把 1 处改动保存为情景 加速"))
        // The script it imports is outside its folder: the command to run it says so.
        let examples = CLI.root.appendingPathComponent("Scripts/examples").path
        #expect(r.stdout.contains("运行它：jx report --import-path \(examples) --scenario 加速 \(saved)"), "\(r.stdout)")
        #expect(r.stderr.contains("是已载入的脚本"))
        #expect(r.stderr.contains("错误[E-unknown-name]") && r.stderr.contains("没有名为「未知名字」的指标、预算或常量"))
        // After :quit nothing more is read.
        #expect(out.last?.hasPrefix("新增建设用地报批.完成率") != true && !r.stdout.hasSuffix("6.67%\n6.67%\n"))

        let report = try CLI.run(["report", "--import-path", examples, "--scenario", "加速", saved])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("（情景：加速）") && report.stdout.contains("66.67%"), "\(report.stdout)")
    }

    @Test func withoutAFileAndUnfinishedInputAtTheEnd() throws {
        let r = try CLI.run(["repl"], stdin: "indicator 新 target 450亩 actual 30亩\n新.完成率\nindicator 半 {\n  target 1个\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("新  新增：完成率 6.67%"), "\(r.stdout)")
        #expect(r.stdout.contains("6.67%\n"))
        #expect(r.stderr.contains("指标 半 的字段没有用 `}` 关上"), "\(r.stderr)")
        let missing = try CLI.run(["repl", "/no/such/file.jx"], stdin: "1 + 1\n")
        #expect(missing.status == 0)
        #expect(missing.stderr.contains("无法读取 /no/such/file.jx"))
        #expect(missing.stdout == "2\n")
    }
}
