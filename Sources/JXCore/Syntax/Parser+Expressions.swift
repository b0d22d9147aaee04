/// Expressions: precedence climbing over `or`, `and`, comparisons, `+ -`, `* /`,
/// unary `-` and `not`, then member access (`年初预算.执行率`) and calls (`min(a, b)`).
extension Parser {
    mutating func parseExpression() throws(Failure) -> Expr {
        try enter()
        defer { depth -= 1 }
        return try parseBinary(minPrecedence: 1)
    }

    func binaryOperator(_ t: Token) -> BinaryOp? {
        switch t.kind {
        case .plus: .add
        case .minus: .sub
        case .star: .mul
        case .slash: .div
        case .equal: .eq
        case .notEqual: .ne
        case .less: .lt
        case .lessEqual: .le
        case .greater: .gt
        case .greaterEqual: .ge
        case .identifier:
            switch keyword(t) {
            case .and: .and
            case .or: .or
            default: nil
            }
        default: nil
        }
    }

    mutating func parseBinary(minPrecedence: Int) throws(Failure) -> Expr {
        var left = try parseUnary()
        while let op = binaryOperator(tok), op.precedence >= minPrecedence {
            advance()
            // A trailing operator continues the expression on the next line.
            while tok.kind == .newline { advance() }
            let right = try parseBinary(minPrecedence: op.precedence + 1)
            left = .binary(op, left, right, left.span.to(right.span))
        }
        return left
    }

    mutating func parseUnary() throws(Failure) -> Expr {
        let start = here
        if tok.kind == .minus {
            advance()
            try enter()
            defer { depth -= 1 }
            let e = try parseUnary()
            return .unary(.negate, e, start.to(e.span))
        }
        if isWord(.not) {
            advance()
            try enter()
            defer { depth -= 1 }
            let e = try parseUnary()
            return .unary(.not, e, start.to(e.span))
        }
        return try parsePostfix()
    }

    mutating func parsePostfix() throws(Failure) -> Expr {
        var e = try parsePrimary()
        while tok.kind == .dot {
            advance()
            let m = try name("a field name after `.`, such as 完成率 or 执行率")
            e = .member(e, m)
        }
        return e
    }

    mutating func parsePrimary() throws(Failure) -> Expr {
        switch tok.kind {
        case .number:
            return .number(try numberLiteral())
        case .string:
            let e = Expr.text(tok.stringValue ?? "", here)
            advance()
            return e
        case .lparen:
            let open = here
            advance()
            try enter()
            defer { depth -= 1 }
            while tok.kind == .newline { advance() }
            let e = try parseBinary(minPrecedence: 1)
            while tok.kind == .newline { advance() }
            guard tok.kind == .rparen else {
                error("expected `)` to close the `(`, found \(describe(tok))", hint: "add `)`")
                _ = open
                throw Failure()
            }
            advance()
            return e
        case .identifier:
            if isWord(.pending) {
                let s = here
                advance()
                return .pending(s)
            }
            let id = Ident(text(tok), here)
            advance()
            if tok.kind == .lparen, !tok.spaceBefore {
                advance()
                try enter()
                defer { depth -= 1 }
                var args: [Expr] = []
                while tok.kind != .rparen {
                    args.append(try parseBinary(minPrecedence: 1))
                    if tok.kind == .comma { advance() } else { break }
                }
                _ = try expect(.rparen, "`)` to close the call of \(id.text)")
                return .call(id, args, spanFrom(id.span))
            }
            return .name(id)
        default:
            var hint: String? = nil
            if tok.kind == .newline || tok.kind == .eof { hint = "the line ends too early: write the value" }
            error("expected a value, found \(describe(tok))", hint: hint)
            throw Failure()
        }
    }

    /// A number with its unit. `98%以上` and `20公顷以上` are read as the number and unit; the
    /// caller turns the suffix into a comparator.
    mutating func numberLiteral() throws(Failure) -> NumberLiteral {
        let t = tok
        let digits = source.text(t.start..<t.end)
        let value: Exact
        do { value = try Exact.parse(digits) } catch {
            self.error("the number \(digits) is too large", hint: "amounts up to 10^30 are supported; use a larger unit (万元, 亿元)", code: "E-number")
            throw Failure()
        }
        var decimals = 0
        if let dot = digits.utf8.firstIndex(of: 0x2E) {
            decimals = digits.utf8.distance(from: dot, to: digits.utf8.endIndex) - 1
        }
        let unit = source.text(t.unitStart..<t.unitEnd)
        advance()
        return NumberLiteral(value: value, unit: unit, unitSpan: unit.isEmpty ? nil : Span(file: fileID, start: t.unitStart, end: t.unitEnd),
                             decimals: decimals, span: Span(file: fileID, start: t.start, end: unit.isEmpty ? t.end : t.unitEnd))
    }

    /// A signed number literal (for stated figures).
    mutating func signedNumber(_ what: String) throws(Failure) -> NumberLiteral {
        var negative = false
        let start = here
        if tok.kind == .minus { negative = true; advance() }
        guard tok.kind == .number else {
            error("expected \(what), found \(describe(tok))", hint: "write the figure as the report states it, like 47% or 383.74万元")
            throw Failure()
        }
        var n = try numberLiteral()
        if negative {
            n.value = (try? n.value.negated()) ?? n.value
            n.span = start.to(n.span)
        }
        return n
    }
}
