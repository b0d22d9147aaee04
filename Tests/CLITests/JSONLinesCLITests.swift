import Foundation
import Testing

/// `-f jsonl` as a province's analyst uses it: every department's file written out, loaded
/// together into DuckDB, and queried; the sums must be the county's own figures.
@Suite(.serialized) struct JSONLinesCLITests {
    static let county = CLI.root.appendingPathComponent("Scripts/county/县汇总.jx").path

    static func lines(_ script: String) throws -> [[String: Any]] {
        let run = try CLI.run(["report", script, "-f", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        return try run.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not an object: \(line)")
        }
    }

    @Test func everyRowNamesItsDepartmentAndCarriesNumbersAsNumbers() throws {
        let rows = try JSONLinesCLITests.lines(JSONLinesCLITests.county)
        let budgets = rows.filter { $0["type"] as? String == "budget" }
        let indicators = rows.filter { $0["type"] as? String == "indicator" }
        #expect(!budgets.isEmpty && !indicators.isEmpty)
        // Each department's budget is its own file's, named by that file's header.
        let top = Dictionary(uniqueKeysWithValues: budgets.filter { $0["depth"] as? Int == 0 }.map { ($0["name"] as? String ?? "", $0["department"] as? String ?? "") })
        #expect(top["自然资源局年初预算"] == "且末县自然资源局")
        #expect(top["林草局年初预算"] == "且末县林业和草原局")
        #expect(top["全县合计"] == "且末县财政局")
        // Numbers, not strings; the unit apart.
        let natural = try #require(budgets.first { $0["name"] as? String == "自然资源局年初预算" })
        #expect(natural["amount"] is NSNumber && natural["unit"] as? String == "万元")
        #expect((natural["execution"] as? NSNumber)?.stringValue == "25.7")
        let land = try #require(indicators.first { $0["actualUnit"] as? String != nil && $0["targetUnit"] as? String != nil })
        #expect(land["target"] is NSNumber && land["actual"] is NSNumber)
    }

    static func python(_ code: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", code]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Small outputs: the pipes cannot fill.
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// The README's query, run by DuckDB (from PyPI) on the county's lines.
    @Test func duckDBSumsTheDepartmentsExecution() throws {
        try #require(try JSONLinesCLITests.python("import duckdb").status == 0, "DuckDB is missing: pip install duckdb (.ci/run installs it)")
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("县.jsonl").path
        let made = try CLI.run(["report", JSONLinesCLITests.county, "-f", "jsonl", "-o", file])
        #expect(made.status == 0, "\(made.stderr)")
        let query = """
        import duckdb, sys
        rows = duckdb.sql(\"\"\"SELECT department, CAST(sum(executed::DECIMAL(18,6)) AS DECIMAL(18,2)) FROM read_json_auto('\(file)')
                          WHERE type = 'budget' AND depth = 0 GROUP BY department ORDER BY department\"\"\").fetchall()
        for d, s in rows: print(d, s)
        """
        let run = try JSONLinesCLITests.python(query)
        #expect(run.status == 0, "\(run.stderr)")
        let sums = Dictionary(uniqueKeysWithValues: run.stdout.split(separator: "\n").map { l -> (String, String) in
            let parts = l.split(separator: " ")
            return (String(parts.first ?? ""), String(parts.last ?? ""))
        })
        // The county's own assertions: its total is the three departments' 执行数.
        #expect(sums["且末县财政局"] == "3012.43", "\(run.stdout)")
        #expect(sums["且末县自然资源局"] == "383.74", "\(run.stdout)")
        let three = ["且末县自然资源局", "且末县林业和草原局", "且末县水利局"].compactMap { sums[$0].flatMap { Decimal(string: $0) } }
        #expect(three.count == 3 && three.reduce(0, +) == Decimal(string: "3012.43"), "\(run.stdout)")
    }
}
