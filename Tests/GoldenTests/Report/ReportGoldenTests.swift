import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// Every format of every report script, compared byte for byte with the expected file beside
/// this test (`Golden/NAME.FORMAT`). A change in a renderer shows up here as a diff to read;
/// when the change is right, re-record with `JX_RECORD=1 swift test --disable-xctest`.
@Suite struct ReportGoldenTests {
    /// The file extension of each expected output, and the registry's format and options
    /// that render it.
    static let formats: [(ext: String, format: ReportFormat, options: ReportOptions)] = [
        ("txt", .text, ReportOptions(color: false)),
        ("zh.txt", .zh, ReportOptions()),
        ("md", .markdown, ReportOptions()),
        ("indicators.csv", .csv, ReportOptions(table: .indicators)),
        ("budgets.csv", .csv, ReportOptions(table: .budgets)),
        ("groups.csv", .csv, ReportOptions(table: .groups)),
        ("json", .json, ReportOptions()),
        ("jsonl", .jsonl, ReportOptions()),
        ("html", .html, ReportOptions()),
        ("docx.xml", .docx, ReportOptions()),
        ("xlsx.xml", .xlsx, ReportOptions()),
    ]

    /// A format added to the registry without an expected output would go unseen here.
    @Test func everyRegisteredFormatHasAGoldenFile() {
        // A format LibreOffice converts (PDF) is its package's text, tested below.
        #expect(Set(ReportGoldenTests.formats.map(\.format)) == Set(ReportFormat.allCases.filter { $0.conversion == nil }))
    }

    @Test func aConvertedFormatIsTheWordDocumentItIsMadeFrom() {
        let data = ReportFixture.data(ReportFixture.scripts.keys.sorted()[0])
        #expect(ReportFormat.pdf.render(data) == ReportFormat.docx.render(data))
    }

    static var cases: [String] {
        ReportFixture.scripts.keys.sorted().flatMap { name in formats.map { "\(name).\($0.ext)" } }
    }

    @Test(arguments: cases)
    func golden(_ expectedName: String) throws {
        let name = String(expectedName.prefix { $0 != "." })
        let ext = String(expectedName.dropFirst(name.count + 1))
        let golden = try #require(ReportGoldenTests.formats.first { $0.ext == ext })
        let actual = golden.format.render(ReportFixture.data(name), golden.options)
        let url = ReportFixture.file(ReportFixture.golden + "/" + expectedName)
        if ProcessInfo.processInfo.environment["JX_RECORD"] == "1" {
            // A run that rewrites an expected file fails: read the diff, then run again.
            if FileManager.default.contents(atPath: url.path) != Data(actual.utf8) {
                try Data(actual.utf8).write(to: url, options: .atomic)
                Issue.record("re-recorded \(expectedName): read the diff, then run the tests again")
            }
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: url.path),
                                    "no \(expectedName) yet: record it with JX_RECORD=1 swift test --disable-xctest")
        let text = String(decoding: expected, as: UTF8.self)
        #expect(actual == text, "\(expectedName) differs: \(ReportGoldenTests.firstDifference(actual, text)); re-record with JX_RECORD=1 if the change is right")
    }

    /// The first line that differs, so a failure says where to look.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(la.count, lb.count) {
            let x = k < la.count ? String(la[k]) : "<end>"
            let y = k < lb.count ? String(lb[k]) : "<end>"
            if x != y { return "line \(k + 1): got «\(x)», expected «\(y)»" }
        }
        return "no line differs"
    }
}
