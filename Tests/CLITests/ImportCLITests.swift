import Foundation
import Testing

/// `jx import` on tables laid out as real ones are (Scripts/office/make-tables.py makes
/// them, in the national layouts and two provinces'): each imported, checked clean, and
/// every figure of the table found again in the report of the script, as a user would
/// compare them. The tables are made once per run, by the script in the repository.
@Suite(.serialized) struct ImportCLITests {
    /// The folder of the made tables, or why there is none (the failure says what to install).
    static let tables: Result<URL, TablesMissing> = {
        guard let dir = try? CLI.scratch() else { return .failure(TablesMissing(reason: "no scratch folder")) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", CLI.root.appendingPathComponent("Scripts/office/make-tables.py").path, dir.path]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        do { try p.run() } catch { return .failure(TablesMissing(reason: "python3 did not start: \(error)")) }
        let message = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            return .failure(TablesMissing(reason: "make-tables.py failed (pip install openpyxl?): " + String(decoding: message, as: UTF8.self)))
        }
        return .success(dir)
    }()

    struct TablesMissing: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    static let imported = ["national-monitoring", "province-b-monitoring", "province-d-monitoring", "national-selfeval", "province-c-selfeval"]

    struct Expected: Decodable {
        var template: String?
        var year: Int?
        var node: String?
        var department: String?
        var budgets: [Budget]?
        var indicators: [Indicator]?
        var total: String?
        var skipped: [String]?
        /// Several sheets: a project each, in order.
        var projects: [String]?
        var error: Failure?

        struct Budget: Decodable {
            var name: String; var project: String?; var amount: [String]; var initial: [String]?; var executed: [String]; var execution: String; var score: String?
        }
        struct Indicator: Decodable {
            var name: String
            var project: String?
            var target: [String]?
            var actual: [String]?
            var expected: [String]?
            var kind: String?
            var status: String?
            var completion: String?
            var cause: String?
            var likelihood: String?
            var note: String?
            var score: String?
        }
        struct Failure: Decodable { var code: String; var cell: String; var row: Int; var column: String }
    }

    static func expected(_ name: String, in dir: URL) throws -> Expected {
        let data = try Data(contentsOf: dir.appendingPathComponent(name + ".expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    @Test(arguments: imported)
    func aTableImportsChecksCleanAndKeepsEveryFigure(_ name: String) throws {
        let dir = try ImportCLITests.tables.get()
        let want = try ImportCLITests.expected(name, in: dir)
        let script = dir.appendingPathComponent(name + ".jx").path
        let run = try CLI.run(["import", dir.appendingPathComponent(name + ".xlsx").path, "-o", script, "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        for s in want.skipped ?? [] { #expect(run.stderr.contains("注意：工作表 \(s) 中没有指标表，未导入"), "\(run.stderr)") }
        let check = try CLI.run(["check", script])
        #expect(check.status == 0, "\(check.stderr)")
        // Every stated figure agrees with what jx computes: these tables are consistent.
        #expect(!check.stderr.contains("W-stated-mismatch"), "\(check.stderr)")
        #expect(!check.stderr.contains("W-weights"), "\(check.stderr)")
        let json = try CLI.run(["report", script, "-f", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let header = report["report"] as? [String: Any]
        #expect(header?["year"] as? Int == want.year)
        #expect(header?["node"] as? String == want.node)
        #expect(header?["department"] as? String == want.department)
        let budgets = (report["budgets"] as? [[String: Any]]) ?? []
        for b in want.budgets ?? [] {
            let got = try #require(budgets.first { $0["name"] as? String == b.name }, "no budget \(b.name) in \(budgets.map { $0["name"] ?? "" })")
            #expect(ImportCLITests.pair(got["amount"]) == b.amount, "\(b.name) amount")
            if let i = b.initial { #expect(ImportCLITests.pair(got["initial"]) == i, "\(b.name) initial") }
            if let p = b.project { #expect(got["project"] as? String == p, "\(b.name) project") }
            #expect(ImportCLITests.pair(got["executed"]) == b.executed, "\(b.name) executed")
            #expect(got["execution"] as? String == b.execution, "\(b.name) execution")
            if let s = b.score { #expect(got["score"] as? String == s, "\(b.name) score") }
        }
        if let ps = want.projects {
            let got = ((report["projects"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
            #expect(got == ps, "projects")
        }
        let indicators = (report["indicators"] as? [[String: Any]]) ?? []
        #expect(indicators.count == want.indicators?.count, "\(indicators.map { $0["name"] ?? "" })")
        for i in want.indicators ?? [] {
            let got = try #require(indicators.first { $0["name"] as? String == i.name }, "no indicator \(i.name)")
            if let t = i.target { #expect(ImportCLITests.pair(got["targetValue"]) == t, "\(i.name) target") }
            if let a = i.actual { #expect(ImportCLITests.pair(got["actualValue"]) == a, "\(i.name) actual") }
            if let e = i.expected { #expect(ImportCLITests.pair(got["expected"]) == e, "\(i.name) expected") }
            if let p = i.project { #expect(got["project"] as? String == p, "\(i.name) project") }
            if let k = i.kind { #expect(got["kind"] as? String == k, "\(i.name) kind") }
            if let s = i.status { #expect(got["status"] as? String == s, "\(i.name) status") }
            if let c = i.completion { #expect(got["completion"] as? String == c, "\(i.name) completion") }
            if let c = i.cause { #expect(got["cause"] as? String == c, "\(i.name) cause") }
            if let l = i.likelihood { #expect(got["likelihood"] as? String == l, "\(i.name) likelihood") }
            if let n = i.note { #expect((got["note"] as? String)?.contains(n) == true, "\(i.name) note") }
            if let s = i.score { #expect(got["score"] as? String == s, "\(i.name) score") }
        }
        if let total = want.total {
            let score = report["score"] as? [String: Any]
            #expect(score?["total"] as? String == total, "\(String(describing: score))")
        }
    }

    static func pair(_ v: Any?) -> [String]? {
        guard let d = v as? [String: Any], let value = d["value"] as? String, let unit = d["unit"] as? String else { return nil }
        return [value, unit]
    }

    /// The script without its comments (row numbers and the table's file name differ).
    static func figures(_ script: String) -> [String] {
        script.split(separator: "\n").compactMap { line -> String? in
            guard !line.hasPrefix("#") else { return nil }
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            return code.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
    }

    /// import → `-f xlsx` → import: the same script, figure for figure, with its stated
    /// rates and scores at the precision the table printed them.
    @Test(arguments: imported)
    func aTableWrittenAsXLSXImportsBackToTheSameScript(_ name: String) throws {
        let dir = try ImportCLITests.tables.get()
        let first = dir.appendingPathComponent(name + ".first.jx").path, book = dir.appendingPathComponent(name + ".again.xlsx").path
        let second = dir.appendingPathComponent(name + ".second.jx").path
        #expect(try CLI.run(["import", dir.appendingPathComponent(name + ".xlsx").path, "-o", first, "--force"]).status == 0)
        let written = try CLI.run(["report", first, "-f", "xlsx", "-o", book, "--force"])
        #expect(written.status == 0, "\(written.stderr)")
        let again = try CLI.run(["import", book, "-o", second, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        let a = try String(contentsOfFile: first, encoding: .utf8), b = try String(contentsOfFile: second, encoding: .utf8)
        #expect(ImportCLITests.figures(a) == ImportCLITests.figures(b))
    }

    /// An `.xls` (what older systems export) goes through LibreOffice to the same script.
    @Test func anXLSTableImportsThroughLibreOffice() throws {
        let dir = try ImportCLITests.tables.get()
        let work = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["soffice", "--headless", "--convert-to", "xls", "--outdir", work.path, dir.appendingPathComponent("national-monitoring.xlsx").path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let xls = work.appendingPathComponent("national-monitoring.xls").path
        try #require(FileManager.default.fileExists(atPath: xls), "LibreOffice Calc is missing: apt-get install libreoffice-calc-nogui (.ci/run installs it)")
        let fromXLS = try CLI.run(["import", xls])
        #expect(fromXLS.status == 0, "\(fromXLS.stderr)")
        let fromXLSX = try CLI.run(["import", dir.appendingPathComponent("national-monitoring.xlsx").path])
        #expect(ImportCLITests.figures(fromXLS.stdout) == ImportCLITests.figures(fromXLSX.stdout))
    }

    /// A script of the analyst's own (the seed, nested budgets, no project) as a table.
    @Test func theSeedAsATableImportsAndChecksClean() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = dir.appendingPathComponent("监控表.xlsx").path, script = dir.appendingPathComponent("监控表.jx").path
        #expect(try CLI.run(["report", CLI.seed, "-f", "xlsx", "-o", book]).status == 0)
        let run = try CLI.run(["import", book, "-o", script])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try CLI.run(["check", script])
        #expect(check.status == 0, "\(check.stderr)")
        let text = ImportCLITests.figures(try String(contentsOfFile: script, encoding: .utf8)).joined(separator: "\n")
        #expect(text.contains("budget 年初预算 1493.25万元"), "\(text)")
        #expect(text.contains("executed 383.74万元") && text.contains("stated 执行率 26%"))
        #expect(text.contains("indicator 新增建设用地报批") && text.contains("target 450亩 actual 30亩"))
    }

    @Test func aBrokenCellIsNamedAndNoScriptIsWritten() throws {
        let dir = try ImportCLITests.tables.get()
        let want = try #require(try ImportCLITests.expected("broken-cell", in: dir).error)
        let script = dir.appendingPathComponent("broken.jx")
        let run = try CLI.run(["import", dir.appendingPathComponent("broken-cell.xlsx").path, "-o", script.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("错误[\(want.code)]"), "\(run.stderr)")
        #expect(run.stderr.contains("\(want.cell)（第 \(want.row) 行，\(want.column) 列）"), "\(run.stderr)")
        #expect(run.stderr.contains("  = 提示: 单元格里"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: script.path))
        #expect(run.stdout.isEmpty)
        // In English, as every command's diagnostics are.
        let en = try CLI.run(["import", "--lang", "en", dir.appendingPathComponent("broken-cell.xlsx").path, "-o", script.path])
        #expect(en.status == 1)
        #expect(en.stderr.contains("error[\(want.code)]: ") && en.stderr.contains("\(want.cell) (row \(want.row), column \(want.column))"), "\(en.stderr)")
        #expect(en.stderr.contains("  = hint: write "), "\(en.stderr)")
    }

    @Test func anExistingScriptIsReplacedOnlyWithForce() throws {
        let dir = try ImportCLITests.tables.get()
        let table = dir.appendingPathComponent("national-monitoring.xlsx").path
        let script = dir.appendingPathComponent("mine.jx")
        try Data("# my own work\n".utf8).write(to: script)
        let refused = try CLI.run(["import", table, "-o", script.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("文件已存在；加 --force 可替换它"), "\(refused.stderr)")
        #expect(try String(contentsOf: script, encoding: .utf8) == "# my own work\n")
        let forced = try CLI.run(["import", table, "-o", script.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: script, encoding: .utf8).contains("budget 农村公路养护工程 1500万元"))
        // Nothing is left beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("jx-tmp") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func withoutOutputTheScriptGoesToStandardOutputAndIsFormatted() throws {
        let dir = try ImportCLITests.tables.get()
        let run = try CLI.run(["import", dir.appendingPathComponent("province-c-selfeval.xlsx").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("stated 总分 95.12"))
        let fmt = try CLI.run(["fmt", "-"], stdin: run.stdout)
        #expect(fmt.stdout == run.stdout, "jx fmt would change the imported script")
    }

    @Test func aFileThatIsNoWorkbookIsSaidSo() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("表.xlsx")
        try Data("not a zip".utf8).write(to: fake)
        let run = try CLI.run(["import", fake.path, "-o", dir.appendingPathComponent("x.jx").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("错误[E-import-file]: ") && run.stderr.contains("不是 .xlsx 工作簿"), "\(run.stderr)")
        let en = try CLI.run(["import", "--lang", "en", fake.path, "-o", dir.appendingPathComponent("x.jx").path])
        #expect(en.stderr.contains("error[E-import-file]: ") && en.stderr.contains("not an .xlsx workbook"), "\(en.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.jx").path))
    }

    /// An .xls goes through LibreOffice: without it (no soffice on PATH) the refusal is said
    /// in the language chosen, as jx's own lines are.
    @Test func anXLSWithoutLibreOfficeIsRefusedInTheLanguageChosen() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xls = dir.appendingPathComponent("表.xls")
        try Data("not a table".utf8).write(to: xls)
        let noOffice = ["PATH": dir.path]
        let zh = try CLI.run(["import", xls.path], env: noOffice)
        #expect(zh.status == 2)
        #expect(zh.stderr.contains("错误：jx 借助 LibreOffice 读取 xls 格式的表格，但本机没有安装 LibreOffice"), "\(zh.stderr)")
        #expect(zh.stderr.contains("  = 提示：请安装它（`apt-get install libreoffice-calc-nogui`）"), "\(zh.stderr)")
        let en = try CLI.run(["import", "--lang", "en", xls.path], env: noOffice)
        #expect(en.status == 2)
        #expect(en.stderr.contains("error: jx makes a table in xls format through LibreOffice, which is not installed"), "\(en.stderr)")
        #expect(en.stderr.contains("  = hint: install it"), "\(en.stderr)")
    }

    @Test func aShippedMapPrintsAndAUsersMapIsRead() throws {
        let printed = try CLI.run(["import", "--print-map", "monitoring"])
        #expect(printed.status == 0)
        let unknown = try CLI.run(["import", "--print-map", "年报"])
        #expect(unknown.status == 2 && unknown.stderr.contains("错误：jx 没有自带名为 年报 的列对应表；自带的有：monitoring、"), "\(unknown.stderr)")
        let unknownEN = try CLI.run(["import", "--lang", "en", "--print-map", "年报"])
        #expect(unknownEN.stderr.contains("error: no shipped column map 年报; they are monitoring, "), "\(unknownEN.stderr)")
        #expect(printed.stdout.contains("模板 监控表"))
        let dir = try ImportCLITests.tables.get()
        // A map of one's own: the shipped one with a header renamed, and a line it cannot read.
        let bad = dir.appendingPathComponent("bad.jxmap")
        try Data((printed.stdout + "\n[指标]\n完成率 = 完成率\n").utf8).write(to: bad)
        let run = try CLI.run(["import", dir.appendingPathComponent("national-monitoring.xlsx").path, "--map", bad.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("E-map-field") && run.stderr.contains("[指标] 这一节没有「完成率」这个字段"), "\(run.stderr)")
        #expect(run.stderr.contains("bad.jxmap:"), "the error names its line: \(run.stderr)")
    }
}
