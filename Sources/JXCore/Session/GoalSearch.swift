/// The search behind `solve`: a linear guess first (exact when the goal is a line in the
/// input), then steps that double away from the current value until the goal is crossed,
/// then bisection with a secant guess at each step (exact on straight pieces). All in
/// exact rationals; midpoints are rounded to 12 decimals so that denominators stay small.
struct GoalSearch {
    enum Outcome {
        case already
        case exact(Exact)
        case approximate(Exact, reached: Value?, within: Exact)
        /// For a goal that is a light, a status or a truth: where it starts to hold.
        case boundary(Exact, upward: Bool, other: Value?)
        /// A number never reached: the least and the most it was seen to take, and where.
        case outOfReach(least: (x: Exact, value: Value)?, most: (x: Exact, value: Value)?)
        /// A light (status, truth) never reached: what it was instead.
        case neverSeen([Value])
        case independent(Value?)
    }

    let probe: GoalProbe
    let x0: Exact
    /// Amounts, areas and counts are not negative: trials stay at 0 or above.
    let nonNegative: Bool
    var maxBisections = 120
    /// Bisection stops when the bracket is this narrow, in the input's unit.
    var epsilon = (try? Exact.fraction(1, 1_000_000)) ?? .one
    var lowest: Exact
    var highest: Exact

    init(probe: GoalProbe, x0: Exact, nonNegative: Bool) {
        self.probe = probe
        self.x0 = x0
        self.nonNegative = nonNegative
        lowest = x0
        highest = x0
    }

    static func abs(_ x: Exact) -> Exact { x.isNegative ? ((try? x.negated()) ?? x) : x }

    var step: Exact { Exact.max(GoalSearch.abs(x0), .one) }

    /// Trial points away from the current value, nearest first: ±step·2^k for k from −10.
    func scan(upward: Bool) -> [Exact] {
        var out: [Exact] = []
        if !upward && nonNegative {
            // Down towards 0: x0·(1 − 2^−j), then x0 ÷ 2^j, so that a root close to 0 is
            // bracketed even when 0 itself has no value (a target of 0).
            guard !x0.isZero, !x0.isNegative else { return [] }
            for j in stride(from: 10, through: 1, by: -1) {
                if let f = try? Exact.fraction(1, Int128(1) << Int128(j)), let d = try? x0.multiplied(by: f), let x = try? x0.subtracting(d) { out.append(x) }
            }
            for j in 2...60 {
                if let f = try? Exact.fraction(1, Int128(1) << Int128(j)), let x = try? x0.multiplied(by: f) { out.append(x) }
            }
            out.append(.zero)
            return out
        }
        for k in -10...60 {
            let factor: Exact
            if k < 0 { guard let f = try? Exact.fraction(1, Int128(1) << Int128(-k)) else { continue }; factor = f }
            else { factor = Exact(uncheckedNum: Int128(1) << Int128(k), den: 1) }
            guard let d = try? step.multiplied(by: factor), let x = upward ? try? x0.adding(d) : try? x0.subtracting(d) else { break }
            if nonNegative && x.isNegative {
                if !x0.isZero && !x0.isNegative { out.append(.zero) }
                break
            }
            out.append(x)
        }
        return out
    }

    static func mid(_ a: Exact, _ b: Exact) -> Exact? {
        guard let s = try? a.adding(b), let m = try? s.divided(by: Exact(2)) else { return nil }
        return m.roundedValue(12)
    }

    /// Where the line through (a, fa) and (b, fb) crosses zero.
    static func secant(_ a: Exact, _ fa: Exact, _ b: Exact, _ fb: Exact) -> Exact? {
        guard fa != fb, let dx = try? b.subtracting(a), let df = try? fb.subtracting(fa),
              let t = try? fa.multiplied(by: dx).divided(by: df), let x = try? a.subtracting(t) else { return nil }
        return x
    }

    mutating func note(_ x: Exact) {
        lowest = Exact.min(lowest, x)
        highest = Exact.max(highest, x)
    }

    // MARK: a numeric goal

    mutating func numeric(target w: Quantity) -> Outcome {
        guard let goal = try? w.baseValue() else { return .outOfReach(least: nil, most: nil) }
        var least: (v: Exact, x: Exact, value: Value)?, most: (v: Exact, x: Exact, value: Value)?
        func f(_ x: Exact) -> Exact? {
            note(x)
            guard case .quantity(let q)? = probe.value(at: x), q.unit.dimension == w.unit.dimension,
                  let v = try? q.baseValue(), let d = try? v.subtracting(goal) else { return nil }
            if least == nil || v < least!.v { least = (v, x, .quantity(q)) }
            if most == nil || most!.v < v { most = (v, x, .quantity(q)) }
            return d
        }
        let f0 = f(x0)
        if f0?.isZero == true { return .already }
        // A line: two trials give it, a third confirms the root exactly.
        if let a = f0, let x1 = try? x0.adding(step), let b = f(x1), a != b,
           let xs = GoalSearch.secant(x0, a, x1, b), !(nonNegative && xs.isNegative), f(xs)?.isZero == true {
            return .exact(xs)
        }
        var best: (a: Exact, fa: Exact, b: Exact, fb: Exact)?
        for upward in [true, false] {
            var prev: (Exact, Exact?) = (x0, f0)
            for x in scan(upward: upward) {
                let fx = f(x)
                if fx?.isZero == true { return .exact(x) }
                if let fp = prev.1, let fx, fp.isNegative != fx.isNegative {
                    let near = best.map { GoalSearch.abs((try? prev.0.subtracting(x0)) ?? .zero) < GoalSearch.abs((try? $0.a.subtracting(x0)) ?? .zero) } ?? true
                    if near { best = (prev.0, fp, x, fx) }
                    break
                }
                prev = (x, fx)
            }
        }
        guard var (a, fa, b, fb) = best else {
            if let lo = least, let hi = most, lo.v == hi.v { return .independent(lo.value) }
            if least == nil { return .independent(nil) }
            return .outOfReach(least: least.map { ($0.x, $0.value) }, most: most.map { ($0.x, $0.value) })
        }
        for _ in 0..<maxBisections {
            if let xs = GoalSearch.secant(a, fa, b, fb), Exact.min(a, b) < xs, xs < Exact.max(a, b), let fs = f(xs) {
                if fs.isZero { return .exact(xs) }
                if fs.isNegative == fa.isNegative { a = xs; fa = fs } else { b = xs; fb = fs }
            }
            guard let m = GoalSearch.mid(a, b), m != a, m != b, let fm = f(m) else { break }
            if fm.isZero { return .exact(m) }
            if fm.isNegative == fa.isNegative { a = m; fa = fm } else { b = m; fb = fm }
            if let width = try? b.subtracting(a), GoalSearch.abs(width) <= epsilon { break }
        }
        // A root that is a round figure (a target of 60亩) is found exactly by rounding.
        for digits in [0, 2, 4, 6, 9] {
            let r = (GoalSearch.mid(a, b) ?? a).roundedValue(digits)
            if Exact.min(a, b) <= r, r <= Exact.max(a, b), f(r)?.isZero == true { return .exact(r) }
        }
        let m = GoalSearch.mid(a, b)?.roundedValue(6) ?? a
        let reached = probe.value(at: m)
        let within = GoalSearch.abs((try? b.subtracting(a)) ?? .zero)
        return .approximate(m, reached: reached, within: Exact.max(within, (try? Exact.fraction(1, 1_000_000)) ?? .zero))
    }

    // MARK: a goal that is a light, a status, a truth value

    mutating func reach(_ wanted: Value) -> Outcome {
        var seen: [Value] = []
        func holds(_ x: Exact) -> (Bool, Value?) {
            note(x)
            let v = probe.value(at: x)
            if let v, !seen.contains(v), seen.count < 8 { seen.append(v) }
            return (v == wanted, v)
        }
        /// Between two trials that differ, a band where the goal holds may hide (green
        /// between yellow and blue): look in the middle, then in each half that still differs.
        func hidden(_ a: (Exact, Value?), _ b: (Exact, Value?), _ depth: Int) -> (outside: Exact, inside: Exact, other: Value?)? {
            guard depth < 30, probe.trials < 3000, let m = GoalSearch.mid(a.0, b.0), m != a.0, m != b.0 else { return nil }
            let (ok, v) = holds(m)
            if ok { return (a.0, m, a.1) }
            if v != a.1, let r = hidden(a, (m, v), depth + 1) { return r }
            if v != b.1, let r = hidden((m, v), b, depth + 1) { return r }
            return nil
        }
        let (here, hereValue) = holds(x0)
        if here { return .already }
        var found: (x: Exact, upward: Bool, other: Value?)?
        for upward in [true, false] {
            var prev: (Exact, Value?) = (x0, hereValue)
            for x in scan(upward: upward) {
                let (ok, v) = holds(x)
                let hit = ok ? (outside: prev.0, inside: x, other: prev.1) : (v != prev.1 ? hidden(prev, (x, v), 0) : nil)
                if let hit {
                    // Narrow down to where it starts to hold.
                    var outside = hit.outside, inside = hit.inside, other = hit.other
                    for _ in 0..<maxBisections {
                        guard let m = GoalSearch.mid(outside, inside), m != outside, m != inside else { break }
                        let (mOk, mv) = holds(m)
                        if mOk { inside = m } else { outside = m; other = mv }
                        if let w = try? inside.subtracting(outside), GoalSearch.abs(w) <= epsilon { break }
                    }
                    // A round figure on the side where the goal holds, if one is close.
                    for digits in [2, 4, 6] {
                        let r = inside.roundedValue(digits)
                        let lo = Exact.min(outside, inside), hi = Exact.max(outside, inside)
                        let beyond = upward ? (hi <= r && r < x) : (x < r && r <= lo)
                        if (beyond || r == inside), holds(r).0 { inside = r; break }
                    }
                    let near = found.map { GoalSearch.abs((try? inside.subtracting(x0)) ?? .zero) < GoalSearch.abs((try? $0.x.subtracting(x0)) ?? .zero) } ?? true
                    if near { found = (inside, upward, other) }
                    break
                }
                prev = (x, v)
            }
        }
        if let f = found { return .boundary(f.x, upward: f.upward, other: f.other) }
        return .neverSeen(seen)
    }
}
