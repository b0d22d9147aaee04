import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// CSV as RFC 4180 says, read back by a parser written from the RFC (below), so the file a
/// spreadsheet opens holds exactly the cells the report computed.
@Suite struct CSVReportTests {
    /// A tiny RFC 4180 reader: records end with CRLF; a quoted field may hold commas, CR, LF
    /// and doubled quotes. Strict: a bare LF outside quotes or text after a closing quote fails.
    static func parse(_ text: String) throws -> [[String]] {
        struct Malformed: Error { var at: Int }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        let s = Array(text.unicodeScalars)
        var k = 0
        var quoted = false
        var afterQuote = false
        while k < s.count {
            let c = s[k]
            if quoted {
                if c == "\"" {
                    if k + 1 < s.count && s[k + 1] == "\"" { field.unicodeScalars.append("\""); k += 2; continue }
                    quoted = false; afterQuote = true; k += 1; continue
                }
                field.unicodeScalars.append(c); k += 1; continue
            }
            switch c {
            case "\"":
                guard field.isEmpty && !afterQuote else { throw Malformed(at: k) }
                quoted = true
            case ",":
                record.append(field); field = ""; afterQuote = false
            case "\r":
                guard k + 1 < s.count && s[k + 1] == "\n" else { throw Malformed(at: k) }
                record.append(field); records.append(record)
                record = []; field = ""; afterQuote = false
                k += 1
            case "\n":
                throw Malformed(at: k)
            default:
                guard !afterQuote else { throw Malformed(at: k) }
                field.unicodeScalars.append(c)
            }
            k += 1
        }
        guard !quoted, field.isEmpty, record.isEmpty else { throw Malformed(at: k) }
        return records
    }

    @Test(arguments: ["qiemo-2021", "scored"], ReportTables.Kind.allCases)
    func roundTrip(_ script: String, _ kind: ReportTables.Kind) throws {
        let data = ReportFixture.data(script)
        let csv = ReportFormat.csv.render(data, ReportOptions(table: kind))
        #expect(csv.hasSuffix("\r\n"))
        let parsed = try CSVReportTests.parse(csv)
        let table = ReportTables.table(kind, data)
        #expect(parsed.count == table.rows.count + 1)
        #expect(parsed.first == table.header)
        for (row, cells) in zip(parsed.dropFirst(), table.rows) {
            #expect(row == cells.map(CSVReport.defused))
        }
    }

    @Test func awkwardNamesSurvive() throws {
        let rows = try CSVReportTests.parse(ReportFormat.csv.render(ReportFixture.data("scored")))
        let names = rows.map { $0[4] }
        #expect(names.contains("<script>alert(1)</script>"))
        #expect(names.contains("A&B \"quoted\" 'single'"))
        // A note written over two lines stays one field.
        #expect(rows.contains { $0.contains("资金 9 月才到位，\n下季度集中施工") })
        let budgets = try CSVReportTests.parse(ReportFormat.csv.render(ReportFixture.data("scored"), ReportOptions(table: .budgets)))
        // Read by the header's names, as a spreadsheet user does.
        let column = { (name: String) in budgets[0].firstIndex(of: name) ?? 0 }
        #expect(budgets[1][column("预算数")] == "200" && budgets[1][column("执行数")] == "139.75" && budgets[1][column("执行率（%）")] == "69.88")
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVReport.field("450亩") == "450亩")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.field("cr\r") == "\"cr\r\"")
    }

    @Test func formulasAreDefused() {
        #expect(CSVReport.field("=0起") == "'=0起")
        #expect(CSVReport.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVReport.field("+1") == "'+1")
        #expect(CSVReport.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.field("-5.25") == "-5.25")
        #expect(CSVReport.field("-x") == "'-x")
    }

    @Test func recordsEndWithCRLFAndTheHeaderNamesEveryColumn() {
        let csv = ReportFormat.csv.render(ReportFixture.data("qiemo-2021"))
        let header = csv.components(separatedBy: "\r\n")[0]
        for column in ["路径", "一级指标", "二级指标", "三级指标", "类型", "预期指标值", "实际完成值", "完成率（%）", "状态", "预警",
                       "权重", "得分", "全年预计", "实现可能性", "偏离原因", "原因说明"] {
            #expect(header.split(separator: ",").contains(Substring(column)), "no column \(column)")
        }
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains("\r\n2,产出/数量,产出,数量,新增建设用地报批,正向,450亩,30亩,6.67,未完成,红灯,"))
    }
}
