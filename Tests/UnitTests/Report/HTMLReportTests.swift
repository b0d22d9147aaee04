import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// The HTML page: every text from a script is escaped, nothing is fetched, bars are whole
/// pixels computed from exact values.
@Suite struct HTMLReportTests {
    @Test func escapesTextAndAttributes() {
        #expect(HTML.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTML.escape("A&B \"q\" 'x'") == "A&amp;B &quot;q&quot; &#39;x&#39;")
        #expect(HTML.escape("且末县 450亩") == "且末县 450亩")
    }

    @Test func aHostileNameNeverBecomesMarkup() {
        let page = ReportFormat.html.render(ReportFixture.data("scored"))
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("A&amp;B &quot;quoted&quot; &#39;single&#39;"))
        #expect(page.contains("乡村道路养护 &amp; 安全 &lt;项目&gt; 绩效监控"))
        #expect(!page.contains("A&B"))
        // A budget, a group and a finding that carry markup in their names.
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("&lt;i&gt;社会效益&lt;/i&gt;"))
        #expect(!page.contains("<img") && !page.contains("<i>"))
    }

    @Test func aHostileScenarioNameToo() {
        let page = ReportFormat.html.render(ReportFixture.data("scored", scenario: "</style><script>alert(2)</script>"))
        #expect(page.contains("情景：&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(page.components(separatedBy: "</style>").count == 2)   // only the page's own
        #expect(!page.lowercased().contains("<script"))
    }

    @Test func standsAlone() {
        let page = ReportFormat.html.render(ReportFixture.data("qiemo-2021"))
        // The only URL is the SVG namespace, which is a name and is never fetched.
        let urls = page.components(separatedBy: "http://").count + page.components(separatedBy: "https://").count - 2
        let namespaces = page.components(separatedBy: "http://www.w3.org/2000/svg").count - 1
        #expect(urls == namespaces)
        for forbidden in ["<script", "src=", "href=", "@import", "<link"] {
            #expect(!page.contains(forbidden), "the page contains \(forbidden)")
        }
        #expect(page.contains("Content-Security-Policy"))
        #expect(page.contains("@page { size: A4"))
        #expect(page.contains("@media print"))
    }

    @Test func showsEverySection() {
        let page = ReportFormat.html.render(ReportFixture.data("scored"))
        for heading in ["预算执行", "绩效指标完成情况", "得分与全年预测", "数据核对", "自评总分", "时间进度 75%"] {
            #expect(page.contains(heading), "no \(heading)")
        }
        #expect(page.contains("130公里"))          // the expected year-end value
        #expect(page.contains("确定能"))           // its likelihood
        #expect(page.contains("68.68"))            // the total score
    }

    @Test func barsAreWholePixelsRoundedHalfUp() throws {
        let third = try Exact.fraction(1, 3)
        #expect(SVGBarChart.pixels(third, scale: .one, width: 300) == 100)
        #expect(SVGBarChart.pixels(try Exact.fraction(1, 8), scale: .one, width: 4) == 1)   // 0.5 → 1
        #expect(SVGBarChart.pixels(try Exact.fraction(3, 2), scale: .one, width: 400) == 400)  // capped
        #expect(SVGBarChart.pixels(try Exact.fraction(-1, 2), scale: .one, width: 400) == 0)
        #expect(SVGBarChart.pixels(.one, scale: try Exact.fraction(6, 5), width: 420) == 350)
        // In integers as through exact fractions and a written rounding, also where the
        // products pass 128 bits.
        var rng = SplitMix(seed: 5)
        for _ in 0..<2000 {
            let huge = rng.next() % 10 == 0
            let v = try Exact.fraction(Int128(rng.next() % 3000) * (huge ? Int128(Int64.max) * 1_000_000_000 : 1), Int128(rng.next() % 997 + 1))
            let scale = try Exact.fraction(Int128(rng.next() % 50 + 1), Int128(rng.next() % 37 + 1) * (huge ? 1_000_000_000_000 : 1))
            let width = Int(rng.next() % 600)
            let written = (try? v.multiplied(by: Exact(width)).divided(by: scale)).flatMap { Int($0.rounded(0)) }.map { min($0, width) } ?? 0
            #expect(SVGBarChart.pixels(v, scale: scale, width: width) == written, "\(v) \(scale) \(width)")
        }
    }

    @Test func labelsAreClippedByDisplayWidth() {
        #expect(HTML.clipped("自然资源节约集约利用", columns: 8) == "自然资…")
        #expect(HTML.clipped("short", columns: 8) == "short")
    }
}
