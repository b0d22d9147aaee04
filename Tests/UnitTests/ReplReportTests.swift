import Testing
@testable import JXCore
import JXTestSupport

/// `:report [FORMAT] [FILE]`: the registry's formats, rendered as the registry renders them,
/// printed or written through the host.
@Suite struct ReplReportTests {
    /// The seed's report as `jx report` makes it, from the same in-memory file.
    static func expected(_ format: ReportFormat, _ disk: ReplDisk) -> String {
        format.render(ReportData(workspace: Workspace(path: "qiemo.jx", read: disk.access.read)))
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatOfTheRegistryIsReported(_ format: ReportFormat) {
        let (s, disk) = ReplFixtures.seed()
        let r = s.handle(":report \(format.name)")
        if format.conversion != nil {
            // Made by LibreOffice: to a file only, and the prompt says how.
            #expect(r.errors == SessionMessage.report(.toFileOnly(format.name)).text.zh + "\n")
            return
        }
        #expect(r.errors.isEmpty, "\(r.errors)")
        let printed = format == .json ? String(r.output.dropLast()) : r.output
        #expect(printed == ReplReportTests.expected(format, disk))
    }

    @Test(arguments: ReportFormat.allCases)
    func aReportWrittenToAFileIsTheOneJxReportWrites(_ format: ReportFormat) {
        let (s, disk) = ReplFixtures.seed()
        let r = s.handle(":report \(format.name) out.\(format.name)")
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.output == SessionMessage.report(.wrote(format: format.name, path: "out.\(format.name)")).text.zh + "\n")
        if format.isPackage {
            let data = ReportData(workspace: Workspace(path: "qiemo.jx", read: disk.access.read))
            #expect(disk.packages["/work/out.\(format.name)"] == format.renderer().parts(data))
            #expect(disk.files["/work/out.\(format.name)"] == nil)
        } else {
            #expect(disk.files["/work/out.\(format.name)"] == ReplReportTests.expected(format, disk))
        }
    }

    @Test func aFileGetsNoColourAndTheSessionsChanges() {
        let disk = ReplDisk(["/work/qiemo.jx": ReplFixtures.seedText])
        let s = ReplSession(files: disk.access, color: true)
        _ = s.load("qiemo.jx")
        _ = s.handle("新增建设用地报批.actual = 300亩")
        #expect(s.handle(":report").output.contains("\u{1B}["))
        _ = s.handle(":report text out.txt")
        let text = disk.files["/work/out.txt"] ?? ""
        #expect(!text.contains("\u{1B}[") && text.contains("会话改动 1 处") && text.contains("66.67%"))
    }

    @Test func aReportIsNeverWrittenOverAScript() {
        let (s, disk) = ReplFixtures.seed()
        let r = s.handle(":report html qiemo.jx")
        #expect(r.errors.contains("无法写入 qiemo.jx：it is a script read here"), "\(r.errors)")
        #expect(s.handle(":report! html qiemo.jx").errors.contains("it is a script read here"))
        #expect(disk.files["/work/qiemo.jx"] == ReplFixtures.seedText)
    }

    @Test func aWriteTheHostRefusesIsAnError() {
        let disk = ReplDisk(["/work/qiemo.jx": ReplFixtures.seedText])
        var files = disk.access
        files.write = { _, _, _ in .failure(.init("read-only")) }
        let s = ReplSession(files: files)
        _ = s.load("qiemo.jx")
        #expect(s.handle(":report html x.html") == ReplSession.Reply(errors: SessionMessage.save(.cannotWrite(path: "x.html", reason: "read-only")).text.zh + "\n"))
    }

    @Test func wrongUseNamesTheRegistrysFormats() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle(":report rtf").errors == SessionMessage.report(.unknownFormat("rtf", formats: ReportFormat.names)).text.zh + "\n")
        #expect(s.handle(":report html a b").errors == "用法：:report [\(ReportFormat.names.joined(separator: "|"))] [文件]\n")
    }

    @Test func helpAndCompletionOfferTheRegistrysFormats() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.completions(for: ":report ") == ReportFormat.names)
        #expect(s.completions(for: ":报告 ") == ReportFormat.names)
        #expect(s.handle(":help").output.contains(ReportFormat.names.dropLast().joined(separator: "、") + " 或 " + ReportFormat.names.last!))
        s.language = .en
        #expect(s.handle(":help").output.contains(ReportFormat.spoken()))
    }
}
