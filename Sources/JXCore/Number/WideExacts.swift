import Synchronization

/// The values of `Exact` that do not fit two 64-bit integers, each kept once, for the
/// whole run, and numbered in the order they came. They are rare in what analysts write
/// (a sum of fractions of unlike denominators, a long goal search), so one lock is enough;
/// keeping each once is what lets `Exact` compare and hash its two fields. They are never
/// given back: a value may still be held anywhere.
enum WideExacts {
    private struct Pair: Hashable {
        let num: Int128
        let den: Int128
    }

    private struct Table {
        var pairs: [Pair] = []
        var numbers: [Pair: Int64] = [:]
    }

    private static let table = Mutex(Table())

    /// The number of the pair, kept if it is new.
    static func number(of num: Int128, _ den: Int128) -> Int64 {
        table.withLock { t in
            let p = Pair(num: num, den: den)
            if let i = t.numbers[p] { return i }
            let i = Int64(t.pairs.count)
            t.pairs.append(p)
            t.numbers[p] = i
            return i
        }
    }

    static func pair(_ i: Int64) -> (num: Int128, den: Int128) {
        table.withLock { t in
            let p = t.pairs[Int(i)]
            return (p.num, p.den)
        }
    }
}
