import Testing
@testable import JXCore
import JXTestSupport

/// The table is generated (`Scripts/dev/gen-display-width.py`); these pin what it must
/// give, including characters inside emoji and CJK blocks that are not wide.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("中", 2), ("，", 2), ("！", 2), ("　", 2), ("가", 2), ("ア", 2), ("ｱ", 1),
        ("㐀", 2), ("\u{20000}", 2), ("\u{3FFFD}", 2), ("😀", 2), ("🌡", 1), ("\u{303F}", 1),
        ("\u{FF00}", 1), ("\u{0301}", 0), ("\u{200B}", 0), ("\u{FE0F}", 0),
    ])
    func widthOfOneScalar(text: String, width: Int) {
        #expect(DisplayWidth.of(text.unicodeScalars.first!) == width)
    }

    @Test func textAddsUpAndPads() {
        #expect(DisplayWidth.of("完成率 6.67%") == 12)
        #expect(DisplayWidth.padRight("亩", to: 4) == "亩  ")
        #expect(DisplayWidth.padLeft("亩", to: 3) == " 亩")
    }
}
