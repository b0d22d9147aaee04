/// Expressions: precedence climbing over `or`, `and`, comparisons, `+ -`, `* /`,
/// unary `-` and `not`, then member access (`年初预算.执行率`) and calls (`min(a, b)`).
extension Parser {
    mutating func parseExpression() throws(Failure) -> Expr {
        // A lone number (`450亩`, the usual target or actual) takes the short way: the same
        // tree as the full descent below, which would read it through five levels.
        // (`peek()` first: a mutating call inside the arguments of a method on `self` makes
        // the compiler copy the whole parser.)
        if tok.kind == .number, depth < Parser.maxDepth, case let next = peek(), Parser.endsExpression(next) {
            return .number(try numberLiteral())
        }
        try enter()
        defer { depth -= 1 }
        return try parseBinary(minPrecedence: 1)
    }

    /// Whether a token after an operand cannot continue the expression (no operator, no
    /// member access, no call).
    static func endsExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .newline, .eof, .semicolon, .rbrace, .rparen, .rbracket, .comma, .string, .assign: return true
        case .identifier: return t.keyword != .and && t.keyword != .or
        default: return false
        }
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
        var operands = 1
        while let op = binaryOperator(tok), op.precedence >= minPrecedence {
            // A chain of operators builds a tree as deep as it is long: bound it, so that
            // evaluating, formatting and freeing it cannot overflow the stack.
            operands += 1
            if operands > 400 {
                error(.tooManyOperands("400"), hint: .syntaxHint(.splitWithLet), code: .tooDeep)
                throw Failure()
            }
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

    /// The most parts a dotted name has (`县.部门.产出.数量.指标.完成率` has six): a chain is
    /// nested data, and tens of thousands of links would overflow the stack of whatever walks it.
    static let maxMembers = 64

    mutating func parsePostfix() throws(Failure) -> Expr {
        var e = try parsePrimary()
        // A quoted name before a field is that name (`"“三公经费”变动率".得分`): a text has
        // no fields, and a name with marks in it can only be written quoted.
        if tok.kind == .dot, case .text(let t, let s) = e { e = .name(Ident(t, s)) }
        var links = 0
        while tok.kind == .dot {
            links += 1
            if links > Parser.maxMembers {
                error(.tooManyParts(String(Parser.maxMembers)), hint: .syntaxHint(.nameToFigure), code: .tooDeep)
                throw Failure()
            }
            advance()
            let m = try name(.fieldAfterDot)
            e = .member(e, m)
        }
        return e
    }

    mutating func parsePrimary() throws(Failure) -> Expr {
        switch tok.kind {
        case .number:
            return .number(try numberLiteral())
        case .string:
            let e = Expr.text(lexer.string(of: tok) ?? "", here)
            advance()
            return e
        case .lparen:
            let open = here
            advance()
            try enter()
            defer { depth -= 1 }
            while tok.kind == .newline { advance() }
            let e = try parseBinary(minPrecedence: 1)
            if tok.kind == .newline {
                // A group may close on a later line; when it does not, the `)` was forgotten
                // at this line's end: said here, and the next line is read as its own
                // statement (not swallowed into an error about its first word).
                let atLineEnd = self
                while tok.kind == .newline { advance() }
                if tok.kind != .rparen { self = atLineEnd }
            }
            guard tok.kind == .rparen else {
                error(.expected(.closeParen, found: found(tok)), hint: .syntaxHint(.addCloseParen))
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
            if isWord(.blank) {
                let s = here
                advance()
                return .blank(s)
            }
            let id = Ident(text(tok), here)
            advance()
            if tok.kind == .lparen, !tok.spaceBefore {
                advance()
                try enter()
                defer { depth -= 1 }
                var args: [Expr] = []
                while tok.kind != .rparen {
                    // `min(1,100)` would read as min(1100): between arguments a grouped number
                    // is ambiguous, so it must be written plainly.
                    if tok.kind == .number, source.bytes[tok.start..<tok.end].contains(0x2C) {
                        error(.ambiguousComma(text(tok)), at: span(tok), hint: .syntaxHint(.ambiguousComma))
                        throw Failure()
                    }
                    args.append(try parseBinary(minPrecedence: 1))
                    if tok.kind == .comma { advance() } else { break }
                }
                _ = try expect(.rparen, .closeCall(id.text))
                return .call(id, args, spanFrom(id.span))
            }
            return .name(id)
        default:
            let hint: Message? = tok.kind == .newline || tok.kind == .eof ? .syntaxHint(.lineEndsEarly) : nil
            error(.expected(.value, found: found(tok)), hint: hint)
            throw Failure()
        }
    }

    /// A number with its unit. `98%以上` and `20公顷以上` are read as the number and unit; the
    /// caller turns the suffix into a comparator.
    mutating func numberLiteral() throws(Failure) -> NumberLiteral {
        let t = tok
        let read = { (b: UnsafeBufferPointer<UInt8>, lo: Int, hi: Int) in try? Exact.read(b, lo, hi) }
        // Full-width digits (４５０) are read as their ASCII twins.
        let ascii = bytes[t.start..<t.end].allSatisfy { $0 < 0x80 }
        let digits = ascii ? nil : Parser.asciiDigits(source.text(t.start..<t.end))
        guard let (value, decimals) = digits.map({ d in d.withUnsafeBufferPointer { read($0, 0, d.count) } }) ?? bytes.withUnsafeBufferPointer({ read($0, t.start, t.end) }) else {
            numberUnreadable(digits ?? Array(bytes[t.start..<t.end]), written: source.text(t.start..<t.end))
            throw Failure()
        }
        let unit = unitText(t.unitStart, t.unitEnd)
        advance()
        if unit.isEmpty, let grouped = try chineseCommaGroups(after: t, value: value) { return grouped }
        if unit.isEmpty, let spaced = spacedUnit() {
            // `450 亩`: the seed and the tables put a space between a figure and its unit.
            let u = tok
            advance()
            return NumberLiteral(value: value, unit: spaced, unitSpan: Span(file: fileID, start: u.start, end: u.end),
                                 decimals: decimals, span: Span(file: fileID, start: t.start, end: u.end))
        }
        return NumberLiteral(value: value, unit: unit, unitSpan: unit.isEmpty ? nil : Span(file: fileID, start: t.unitStart, end: t.unitEnd),
                             decimals: decimals, span: Span(file: fileID, start: t.start, end: unit.isEmpty ? t.end : t.unitEnd))
    }

    /// `1，800万元`: a Chinese comma between digit groups. Said once, with the two ways to
    /// write it, and read as the number meant, so that the rest of the line still parses.
    mutating func chineseCommaGroups(after first: Token, value: Exact) throws(Failure) -> NumberLiteral? {
        guard tok.kind == .comma, !tok.spaceBefore, source.text(tok.start..<tok.end) == "，" else { return nil }
        let next = peek()
        guard next.kind == .number, !next.spaceBefore, next.unitStart - next.start == 3 else { return nil }
        var digits = source.text(first.start..<first.end)
        let comma = tok
        advance()
        while tok.kind == .number, !tok.spaceBefore, tok.unitStart - tok.start == 3 {
            let group = tok
            digits += source.text(group.start..<group.unitStart)
            let unit = unitText(group.unitStart, group.unitEnd)
            let written = source.text(first.start..<(group.unitEnd))
            advance()
            let continues = tok.kind == .comma && !tok.spaceBefore && source.text(tok.start..<tok.end) == "，" && unit.isEmpty
            if continues && peek().kind == .number { advance(); continue }
            let ascii = Parser.asciiDigits(digits)
            guard let (v, decimals) = ascii.withUnsafeBufferPointer({ try? Exact.read($0, 0, ascii.count) }) else { throw Failure() }
            let asciiComma = String(written.map { $0 == "，" ? "," : $0 })
            error(.chineseComma(written), at: span(comma), hint: .syntaxHint(.chineseComma(plain: digits + unit, ascii: asciiComma)), code: .number)
            _ = value
            return NumberLiteral(value: v, unit: unit, unitSpan: unit.isEmpty ? nil : Span(file: fileID, start: group.unitStart, end: group.unitEnd),
                                 decimals: decimals, span: Span(file: fileID, start: first.start, end: group.unitEnd))
        }
        return nil
    }

    static let builtinUnits = Set(UnitTable().names)

    /// `４５０．５` → `450.5`.
    /// Why a number could not be held exactly: too many decimals (`0.000…0001`: a larger
    /// unit would not help), or too large.
    mutating func numberUnreadable(_ ascii: [UInt8], written: String) {
        let point = ascii.firstIndex(of: 0x2E)
        let decimals = point.map { ascii.count - $0 - 1 } ?? 0
        let whole = ascii[..<(point ?? ascii.count)].filter { $0 != 0x2C && $0 != 0x2D }.drop { $0 == 0x30 }.count
        if decimals > 0, whole <= 30 {
            error(.tooManyDecimals(number: written, decimals: String(decimals), maxDigits: String(Parser.maxDigits)),
                  hint: .syntaxHint(.roundToReport), code: .number)
        } else {
            error(.numberTooLarge(written), hint: .syntaxHint(.largerUnit), code: .number)
        }
    }

    /// The digits an exact number holds (its numerator and scale are 128-bit integers).
    static let maxDigits = 38

    static func asciiDigits(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { s in
            if s.value >= 0xFF10 && s.value <= 0xFF19 { return UInt8(0x30 + s.value - 0xFF10) }
            if s.value == 0xFF0E { return 0x2E }
            return s.value < 0x80 ? UInt8(s.value) : 0x3F
        }
    }

    /// The unit after a space, when the word after a bare number is one: a built-in unit or
    /// one this file declared, and not a keyword (`5 actual …` stays a number and a field).
    func spacedUnit() -> String? {
        guard tok.kind == .identifier, tok.spaceBefore, tok.keyword == nil else { return nil }
        let word = source.text(tok.start..<tok.end)
        return Parser.builtinUnits.contains(word) || declaredUnits.contains(word) ? word : nil
    }

    /// The unit written after a number. Scripts use a handful of units many times: the
    /// last few are kept, so most literals reuse a `String` instead of decoding one.
    mutating func unitText(_ lo: Int, _ hi: Int) -> String {
        guard lo < hi else { return "" }
        for e in unitCache where e.bytes.count == hi - lo {
            var k = 0
            while k < e.bytes.count, e.bytes[k] == bytes[lo + k] { k += 1 }
            if k == e.bytes.count { return e.text }
        }
        let text = String(decoding: bytes[lo..<hi], as: UTF8.self)
        let entry = (bytes: Array(bytes[lo..<hi]), text: text)
        if unitCache.count < 8 { unitCache.append(entry) } else { unitCache[unitCacheNext] = entry; unitCacheNext = (unitCacheNext + 1) % 8 }
        return text
    }

    /// Whether a number token's unit is exactly `unit` (`月`), or starts with it (`日`, `日前完成`).
    func unitOf(_ t: Token, is unit: String, prefix: Bool = false) -> Bool {
        let lo = t.unitStart, hi = t.unitEnd
        let n = unit.utf8.count
        // Most numbers have no unit or another one: decided by length alone, without text.
        if prefix ? hi - lo < n : hi - lo != n, bytes.withUnsafeBufferPointer({ ByteText.isPlain($0, lo, hi) }) { return false }
        if bytes.withUnsafeBufferPointer({ ByteText.isPlain($0, lo, hi) }) {
            var k = lo
            for b in unit.utf8 {
                if bytes[k] != b { return false }
                k += 1
            }
            return true
        }
        let text = source.text(lo..<hi)
        return prefix ? text.hasPrefix(unit) : text == unit
    }

    /// A signed number literal (for stated figures).
    mutating func signedNumber(_ what: SyntaxWanted) throws(Failure) -> NumberLiteral {
        var negative = false
        let start = here
        if tok.kind == .minus { negative = true; advance() }
        guard tok.kind == .number else {
            error(.expected(what, found: found(tok)), hint: .syntaxHint(.figureAsReported))
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
