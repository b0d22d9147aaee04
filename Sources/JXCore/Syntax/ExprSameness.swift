extension Expr {
    /// Whether two expressions say the same thing, wherever they are written: the same
    /// shape, names and values (a weight of `10` written again as `10.0` is the same weight).
    public func isSame(as other: Expr) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)): return a.value == b.value && a.unit == b.unit
        case (.text(let a, _), .text(let b, _)): return a == b
        case (.name(let a), .name(let b)): return a.text == b.text
        case (.pending, .pending): return true
        case (.blank, .blank): return true
        case (.member(let a, let m), .member(let b, let n)): return m.text == n.text && a.isSame(as: b)
        case (.unary(let p, let a, _), .unary(let q, let b, _)): return p == q && a.isSame(as: b)
        case (.binary(let p, let a, let c, _), .binary(let q, let b, let d, _)): return p == q && a.isSame(as: b) && c.isSame(as: d)
        case (.call(let f, let xs, _), .call(let g, let ys, _)):
            return f.text == g.text && xs.count == ys.count && zip(xs, ys).allSatisfy { $0.isSame(as: $1) }
        default: return false
        }
    }

    /// `isSame` for figures that may be absent.
    public static func same(_ a: Expr?, _ b: Expr?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return x.isSame(as: y)
        default: return false
        }
    }
}
