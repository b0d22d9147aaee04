import Foundation
import Testing

/// `jx report -f docx -o FILE` as a user opens the result: python-docx reads it back for
/// its headings, tables and figures; LibreOffice renders a page of it to PNG (in CI, which
/// installs it; elsewhere when it is installed).
@Suite struct DocxCLITests {
    static func python(_ code: String, _ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", code] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theDocumentReadsBackWithItsHeadingsTablesAndFigures() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("报告.docx").path
        let run = try CLI.run(["report", CLI.seed, "-f", "docx", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let code = """
        import sys, docx
        d = docx.Document(sys.argv[1])
        p = d.paragraphs
        print("TITLE", p[0].style.name, p[0].text)
        print("HEADINGS", "|".join(x.text for x in p if x.style.name == "Heading 1"))
        print("TABLES", len(d.tables))
        print("BUDGET", "|".join(c.text for c in d.tables[0].rows[2].cells))
        print("INDICATOR", "|".join(c.text for c in d.tables[1].rows[2].cells))
        s = d.sections
        print("SECTIONS", " ".join("%d:%d:%d" % (int(x.orientation), round(x.top_margin.mm), round(x.left_margin.mm)) for x in s))
        print("INDENT", p[1].paragraph_format.first_line_indent is not None)
        """
        let (status, text) = try DocxCLITests.python(code, [out])
        #expect(status == 0, "python-docx (pip install python-docx): \(text)")
        #expect(text.contains("TITLE Title 且末县自然资源局整体支出绩效监控报告"), "\(text)")
        #expect(text.contains("HEADINGS 二、部门单位年度预算执行情况|三、部门单位整体绩效目标情况"), "\(text)")
        #expect(text.contains("TABLES 2"))
        #expect(text.contains("BUDGET 年初预算|1493.25|383.74|383.74|25.70%|25.70%"), "\(text)")
        #expect(text.contains("INDICATOR 产出|数量|办理建设项目用地初审|15个|7个|46.67%"), "\(text)")
        #expect(text.contains("SECTIONS 0:37:28 1:28:37"), "portrait, then the landscape table: \(text)")
        #expect(text.contains("INDENT True"))
    }

    static var hasLibreOffice: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || ["/usr/bin/soffice", "/usr/local/bin/soffice"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: hasLibreOffice, "LibreOffice renders the page; CI installs it"))
    func libreOfficeRendersAPage() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.docx")
        #expect(try CLI.run(["report", CLI.seed, "-f", "docx", "-o", out.path]).status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["timeout", "180", "soffice", "-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                       "--convert-to", "pdf", "--outdir", dir.path, out.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let pdf = dir.appendingPathComponent("report.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "soffice made no PDF (apt-get install libreoffice-writer-nogui)")
        try DocxCLITests.expectAPageOfText(pdf, in: dir)
    }

    /// The PDF's first page drawn as a PNG (poppler), as a person would look at it: there,
    /// and not blank (a blank page is a few hundred bytes; a page of text is kilobytes).
    static func expectAPageOfText(_ pdf: URL, in dir: URL) throws {
        let png = Process()
        png.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        png.arguments = ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf.path, dir.appendingPathComponent("page").path]
        try png.run()
        png.waitUntilExit()
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        #expect(pages.count == 1, "pdftoppm (poppler-utils) made no page")
        if let first = pages.first {
            let size = (try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(first).path)[.size] as? Int) ?? 0
            #expect(size > 4000, "the rendered page looks empty (\(size) bytes)")
        }
    }

    /// `-f pdf`: the Word report made into a PDF by LibreOffice, written by jx's rules, and a
    /// page of it rendered as a person would look at it.
    @Test func thePDFIsTheWordReportRendered() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("报告.pdf")
        let run = try CLI.run(["report", CLI.seed, "-f", "pdf", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try Data(contentsOf: out)
        #expect(bytes.starts(with: Array("%PDF".utf8)), "not a PDF")
        let again = try CLI.run(["report", CLI.seed, "-f", "pdf", "-o", out.path])
        #expect(again.status == 2 && again.stderr.contains("--force"), "\(again.stderr)")
        let noFile = try CLI.run(["report", CLI.seed, "-f", "pdf"])
        #expect(noFile.status == 2 && noFile.stderr.contains("-o"), "\(noFile.stderr)")
        try DocxCLITests.expectAPageOfText(out, in: dir)
    }

    /// The fonts are the bureau's choice: `--font 正文=宋体` sets the body's, a wrong one is said.
    @Test func fontsAreConfigurable() throws {
        let r = try CLI.run(["report", CLI.seed, "-f", "docx", "--font", "正文=宋体", "--font", "title=黑体"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("w:eastAsia=\"宋体\""))
        #expect(!r.stdout.contains("方正小标宋简体"), "the title's font was not replaced")
        let bad = try CLI.run(["report", CLI.seed, "-f", "docx", "--font", "脚注=宋体"])
        #expect(bad.status == 2 && bad.stderr.contains("部位=字体"), "\(bad.stderr)")
        let notWord = try CLI.run(["report", CLI.seed, "-f", "html", "--font", "正文=宋体"])
        #expect(notWord.status == 2 && notWord.stderr.contains("docx"), "\(notWord.stderr)")
    }
}
