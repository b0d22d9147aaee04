import Testing
@testable import JXCore
import JXTestSupport

@Suite struct LineDiffTests {
    func apply(_ ops: [LineDiff.Op]) -> (old: [String], new: [String]) {
        var a: [String] = [], b: [String] = []
        for op in ops {
            switch op {
            case .same(let s): a.append(s); b.append(s)
            case .removed(let s): a.append(s)
            case .added(let s): b.append(s)
            }
        }
        return (a, b)
    }

    @Test func diffRebuildsBothSidesAndIsMinimal() {
        let a = ["a", "b", "c", "a", "b", "b", "a"], b = ["c", "b", "a", "b", "a", "c"]
        let ops = LineDiff.diff(a, b)
        #expect(apply(ops).old == a)
        #expect(apply(ops).new == b)
        // The classic example of Myers' paper: 5 edits.
        #expect(ops.filter { !$0.isSame }.count == 5)
    }

    @Test func randomDiffsRebuild() {
        var rng = ScriptMangler(seed: 3)
        for _ in 0..<200 {
            let a = (0..<rng.next(12)).map { _ in String(rng.next(4)) }
            let b = (0..<rng.next(12)).map { _ in String(rng.next(4)) }
            let r = apply(LineDiff.diff(a, b))
            #expect(r.old == a && r.new == b)
        }
    }

    @Test func unifiedOutput() {
        let old = (1...10).map { "l\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "l5\n", with: "L5\n") + "l11\n"
        #expect(LineDiff.unified(old, new, from: "a", to: "b") == """
        --- a
        +++ b
        @@ -2,9 +2,10 @@
         l2
         l3
         l4
        -l5
        +L5
         l6
         l7
         l8
         l9
         l10
        +l11

        """)
        #expect(LineDiff.unified(old, old, from: "a", to: "b") == "")
        #expect(LineDiff.unified("", "x\n", from: "a", to: "b") == "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n")
    }
}
