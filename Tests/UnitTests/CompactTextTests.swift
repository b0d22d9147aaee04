import Testing
@testable import JXCore
import JXTestSupport

/// Reports quote the source on one line, whatever its layout.
@Suite struct CompactTextTests {
    func compact(_ s: String) -> String { SourceFile(path: "t", text: s).compactText(0..<s.utf8.count) }

    @Test func spacesLineEndsAndCommentsBecomeOneSpace() {
        #expect(compact("≥  98%") == "≥ 98%")
        #expect(compact("a +   # why\n\t  b") == "a + b")
        #expect(compact("  x\u{3000}y  ") == "x y")
    }

    @Test func quotedTextIsKept() {
        #expect(compact("\"a  #b\"  c") == "\"a  #b\" c")
        #expect(compact("“x  y”   z") == "“x  y” z")
        #expect(compact("\"a\\\"  b\"   c") == "\"a\\\"  b\" c")
    }

    /// `实际 ３０亩` read as 30亩 is shown as 30亩 in every report, not as typed in full width.
    @Test func fullWidthFiguresShowAsTheDigitsTheyAre() {
        #expect(compact("３０亩") == "30亩")
        #expect(compact("≥９８．５％") == "≥98.5%")
        #expect(compact("\"４５０\" ４５０") == "\"４５０\" 450")
        #expect(compact("（一）") == "（一）")
    }
}
