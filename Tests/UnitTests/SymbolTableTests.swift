import Testing
@testable import JXCore
import JXTestSupport

/// The symbol table reads like a dictionary of names to referents; entering a long run of
/// indicators at once (`appendIndicators`, on every core) must give the table that entering
/// them one by one gives.
@Suite struct SymbolTableTests {
    /// Names with repeats, names equal only as Unicode text (a precomposed é and e with a
    /// combining accent; a compatibility ideograph and its canonical one), and plain ones.
    static func names(_ n: Int) -> [String] {
        var rng = SplitMix(seed: 7)
        return (0..<n).map { i in
            switch rng.next() % 10 {
            case 0: "重复\(rng.next() % 50)"
            case 1: "caf\u{E9}\(rng.next() % 20)"
            case 2: "cafe\u{301}\(rng.next() % 20)"
            case 3: "\u{F900}\(rng.next() % 20)"
            case 4: "\u{8C48}\(rng.next() % 20)"
            default: "指标\(i)"
            }
        }
    }

    func describe(_ t: SymbolTable, _ names: [String]) -> [String] {
        var out = t.keys
        out.append("count \(t.count)")
        var seen = Set<String>()
        for n in names + ["没有", "cafe\u{301}0"] where seen.insert(n).inserted {
            out.append("\(n) \(String(describing: t[n])) \(String(describing: t.first(n))) \(t.countOf(n))")
        }
        for (k, v) in t { out.append("\(k) \(v)") }
        return out
    }

    @Test func aRunEnteredAtOnceIsTheRunEnteredOneByOne() {
        let n = SymbolTable.bulkThreshold + 1000
        let names = Self.names(n)
        // A table that already holds names, some of which the run repeats.
        var one = SymbolTable()
        one.append("重复3", .budget(0))
        one.append("caf\u{E9}1", .group(2))
        var bulk = one
        for (k, name) in names.enumerated() { one.append(name, .indicator(5 + k)) }
        bulk.appendIndicators(first: 5, count: n) { names[$0] }
        #expect(describe(bulk, names) == describe(one, names))
        // And it goes on like any table.
        one.append("重复3", .spend(1)); bulk.append("重复3", .spend(1))
        one["指标7"] = nil; bulk["指标7"] = nil
        one.append("新的", .constant(0)); bulk.append("新的", .constant(0))
        #expect(describe(bulk, names) == describe(one, names))
    }
}
