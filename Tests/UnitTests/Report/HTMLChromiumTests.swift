import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// Renders the example's HTML page in headless Chromium to a PNG, where Chromium is
/// installed (Debian: `apt-get install chromium`); skipped with a message elsewhere. It
/// proves the page loads and draws offline; the screenshot is left in the temporary folder
/// (its path is printed) for a person to look at.
@Suite struct HTMLChromiumTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The monitoring example, and a self-evaluation's page (its own layout).
    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium); the screenshot test is skipped"),
          arguments: ["qiemo-2021", "year-end"])
    func rendersToAScreenshot(_ name: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-html-\(getpid())-\(name)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let html = dir.appendingPathComponent("\(name).html")
        let png = dir.appendingPathComponent("\(name).png")
        try Data(ReportFormat.html.render(ReportFixture.data(name)).utf8).write(to: html)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: HTMLChromiumTests.chromium!)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                       "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
                       "--screenshot=\(png.path)", "--window-size=1200,2000", html.absoluteString]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Chromium can hang on a broken machine; a test must not.
        let deadline = Date().addingTimeInterval(90)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if p.isRunning { p.terminate(); Issue.record("Chromium did not finish within 90 s"); return }

        let bytes = try #require(FileManager.default.contents(atPath: png.path), "no screenshot written")
        print("HTML screenshot: \(png.path)")
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // The IHDR chunk gives the size drawn: the window asked for.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1200 && height == 2000)
        // A blank page compresses to a few kilobytes; charts and text do not.
        #expect(bytes.count > 50_000, "the screenshot is \(bytes.count) bytes: is the page blank?")
    }
}
