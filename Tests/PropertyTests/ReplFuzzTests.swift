import Testing
@testable import JXCore
import JXTestSupport

/// Random lines made of the language's pieces never crash a session, and after them the
/// incremental state still agrees with a fresh evaluation.
@Suite struct ReplFuzzTests {
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
    }

    static let pieces = ["新增建设用地报批", "年初预算", "基本支出", "工资福利", "红灯线", "产出", "数量", "A", "B", "工资", "总预算",
                         ".actual", ".完成率", ".target", ".arrived", ".weight", ".light", ".得分", ".执行率", ".nope",
                         " = ", " + ", " * ", " / ", " - ", "(", ")", "{", "}", " for ", " == ", ",",
                         "300亩", "0", "1/0", "50%", "120%", "1000万元", "3个", "-5", "99999999999999999999999亩", "\"文本\"", "pending",
                         "indicator ", "budget ", "let ", "solve ", "assert ", "report 测试 { node 2021-09-30 }", "rule 新 for each indicator { red when 完成率 < 50% }",
                         "unit 株", "set reverse deduct", "target ", "actual ", "weight ", "spent ", "\n", " ", "；", "＝", "（", "）"]
    static let commands = [":undo", ":redo", ":reset", ":diff", ":compare base current", ":scenario 下半年加速", ":report json", ":help", ":save x.jx", ":save --script y.jx"]

    @Test(arguments: [1, 2, 3]) func randomLines(seed: Int) {
        var rng = LCG(state: UInt64(seed) &* 0x9E3779B97F4A7C15)
        let (s, _) = seed == 2 ? ReplFixtures.session(ReplFixtures.scored) : ReplFixtures.seed()
        for _ in 0..<400 {
            if rng.next(6) == 0 {
                _ = s.handle(ReplFuzzTests.commands[rng.next(ReplFuzzTests.commands.count)])
                continue
            }
            var line = ""
            for _ in 0..<(1 + rng.next(7)) { line += ReplFuzzTests.pieces[rng.next(ReplFuzzTests.pieces.count)] }
            for part in line.split(separator: "\n", omittingEmptySubsequences: false) { _ = s.handle(String(part)) }
            if s.isContinuing && rng.next(2) == 0 { s.cancelPending() }
        }
        s.cancelPending()
        ReplTotalsTests().agree(s, "fuzz seed \(seed)")
        _ = s.handle(":reset")
        ReplTotalsTests().agree(s, "fuzz seed \(seed) reset")
    }
}
