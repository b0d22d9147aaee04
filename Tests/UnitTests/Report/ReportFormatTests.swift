import Testing
@testable import JXCore
import JXTestSupport

/// The registry of formats: every format it lists renders, streams the bytes it renders,
/// and can be named and described in one line by the hosts that offer it.
@Suite struct ReportFormatTests {
    /// Each table a format may be asked for; nil is its default.
    static func tables(_ f: ReportFormat) -> [ReportTables.Kind?] {
        [nil] + (f.choosesTable ? ReportTables.Kind.allCases : [])
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatRendersTheExampleAndStreamsWhatItRenders(_ format: ReportFormat) {
        let data = ReportFixture.data("qiemo-2021")
        for table in ReportFormatTests.tables(format) {
            let renderer = format.renderer(ReportOptions(table: table))
            let whole = renderer.render(data)
            // Whichever table is shown, it names a budget, an indicator or a group of the seed.
            #expect(whole.contains("追加资金") || whole.contains("新增建设用地报批") || (table == .groups && whole.contains("服务对象满意度")),
                    "\(format.name) \(String(describing: table)): \(whole.prefix(200))")
            #expect(whole.unicodeScalars.last == "\n", "\(format.name) does not end its last line")
            var pieces: [UInt8] = []
            renderer.write(data) { pieces += $0 }
            #expect(pieces.elementsEqual(whole.utf8), "\(format.name): the streamed bytes differ from the rendered text")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatIsNamedAndDescribedInOneLine(_ format: ReportFormat) {
        #expect(ReportFormat(rawValue: format.name) == format)
        #expect(!format.summary.isEmpty && !format.summary.contains("\n"))
        // The command's help lists `  NAME  summary` in 80 columns.
        let widest = ReportFormat.names.map(\.count).max() ?? 0
        #expect(2 + widest + 2 + format.summary.count <= 80, "\(format.name)'s summary is too long for the help")
    }

    @Test func theOptionsReachTheirFormats() {
        let data = ReportFixture.data("qiemo-2021")
        #expect(ReportFormat.text.render(data, ReportOptions(color: true)).contains("\u{1B}["))
        #expect(!ReportFormat.text.render(data).contains("\u{1B}["))
        #expect(ReportFormat.zh.render(data, ReportOptions(decimals: 2)) != ReportFormat.zh.render(data))
        // Decimals beyond what the seed's checks allow are kept within 0…6.
        #expect(ReportFormat.zh.render(data, ReportOptions(decimals: 9)) == ReportFormat.zh.render(data, ReportOptions(decimals: 6)))
        #expect(ReportFormat.zh.render(data, ReportOptions(decimals: -1)) == ReportFormat.zh.render(data))
        #expect(ReportFormat.csv.render(data) == ReportFormat.csv.render(data, ReportOptions(table: .indicators)))
        #expect(ReportFormat.csv.render(data, ReportOptions(table: .budgets)) != ReportFormat.csv.render(data))
        #expect(ReportFormat.markdown.render(data, ReportOptions(table: .budgets)).count < ReportFormat.markdown.render(data).count)
        // Formats without tables ignore one.
        for f in ReportFormat.allCases where !f.choosesTable {
            #expect(f.render(data, ReportOptions(table: .budgets)) == f.render(data), "\(f.name)")
        }
    }

    @Test func theNamesAsASentence() {
        #expect(ReportFormat.spoken() == "text, zh, json, jsonl, markdown, csv, html, docx, xlsx or pdf")
        #expect(ReportFormat.spoken([.markdown, .csv], last: "and") == "markdown and csv")
        #expect(ReportFormat.spoken([.html]) == "html")
        #expect(ReportFormat.spoken([]) == "")
    }
}
