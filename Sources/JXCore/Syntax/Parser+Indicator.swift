/// `indicator NAME target … actual … stated … rate … weight …`: fields in any order, on
/// one line or, inside `{ … }`, over several.
extension Parser {
    static let indicatorFields: [Keyword] = [.target, .actual, .stated, .rate, .grade, .weight, .expected, .cause, .likelihood, .note, .prorate]

    mutating func parseIndicator(start: Span) throws(Failure) -> IndicatorDecl {
        let written = try name(.indicatorName)
        let n = spacedIndicatorName(punctuatedName(written))
        if n == written, let plain = parsePlainLine(name: n, start: start) {
            try endOfStatement()
            return plain
        }
        var d = IndicatorDecl(name: n, span: start)
        var braced = false
        var opened = here
        var block = openBlock(.indicator(n.text), opened: here)
        // The next statement where a field was expected: the `}` of the fields is missing.
        var leftOpen = false
        while true {
            if tok.kind == .lbrace, !braced {
                braced = true
                opened = here
                block = openBlock(block.what, opened: opened)
                try enter()
                advance()
                skipNewlines()
                continue
            }
            if braced {
                skipNewlines()
                if tok.kind == .rbrace { advance(); depth -= 1; break }
                if tok.kind == .eof {
                    error(.indicatorFieldsNotClosed(n.text), at: opened, label: .openedHere, hint: .syntaxHint(.addCloseBrace))
                    throw Failure()
                }
                if startsStatement() {
                    error(.indicatorFieldsLeftOpen(n.text), label: .closeBraceBeforeThisLine, hint: .syntaxHint(.closeBraceAfterLastField(n.text)),
                          notes: [DiagnosticNote(.syntax(.fieldsOpenHere), at: opened)], code: .unclosed)
                    depth -= 1
                    leftOpen = true
                    break
                }
                noteLine(&block)
            } else if tok.kind == .newline || tok.kind == .eof || tok.kind == .rbrace || tok.kind == .semicolon {
                break
            }
            if braced {
                // A field that does not parse costs its line, not the block: the lines
                // after it are still this indicator's fields.
                do throws(Failure) { try parseIndicatorField(&d) } catch { synchronize() }
            } else {
                try parseIndicatorField(&d)
            }
        }
        d.span = spanFrom(start)
        if !leftOpen { try endOfStatement() }
        // The formatter reads the layout (`fieldStarts`): it keeps the full form.
        if !lexer.keepComments { d = d.compacted(into: linesForPlain()) }
        return d
    }

    /// Whether the current token starts a statement that is no field of an indicator: a
    /// statement's keyword, or a name followed by `{`.
    mutating func startsStatement() -> Bool {
        if let k = keyword(tok), k != .stated, Parser.statementKeywords.contains(k) { return true }
        return (tok.kind == .identifier || tok.kind == .string) && keyword(tok) == nil && peek().kind == .lbrace
    }

    mutating func parseIndicatorField(_ d: inout IndicatorDecl) throws(Failure) {
        if bareStatedFigure() {
            if lexer.keepComments { d.fieldStarts.append(tok.start) }
            d.stated.append(try parseBareStated())
            return
        }
        guard tok.kind == .identifier, let k = keyword(tok), Parser.indicatorFields.contains(k) else {
            unexpectedField(among: Parser.indicatorFields, listed: { .indicatorFields($0) }, expected: .fieldOfIndicator(d.name.text),
                            afterNumber: .unitAfterNumber)
            throw Failure()
        }
        if lexer.keepComments { d.fieldStarts.append(tok.start) }
        advance()
        switch k {
        case .target:
            let s = here
            d.target = try parseTarget()
            d.targetSpan = spanFrom(s)
        case .actual:
            d.actual = try parseActualValue()
            if tok.kind == .string { d.actualText = lexer.string(of: tok); advance() }
        case .stated:
            d.stated.append(try parseStatedClaim())
        case .rate: d.rate = try parseExpression()
        case .grade: d.grade = try name(.grade)
        case .weight: d.weight = try parseExpression()
        case .expected: d.expected = try parseActualValue()
        case .cause: d.cause = try name(.cause)
        case .likelihood: d.likelihood = try name(.likelihood)
        case .note:
            guard tok.kind == .string else { error(.expected(.quotedNote, found: found(tok)), hint: .syntaxHint(.example("note \"原因说明…\""))); throw Failure() }
            d.note = lexer.string(of: tok)
            advance()
        case .prorate:
            let w = try name(.yesOrNo)
            switch w.text {
            case "yes", "是", "true": d.prorate = true
            case "no", "否", "false": d.prorate = false
            default: error(.prorateYesNo(w.text), at: w.span, hint: .syntaxHint(.prorateNo)); throw Failure()
            }
        default: break
        }
    }

    mutating func parseStatedClaim() throws(Failure) -> StatedClaim {
        let start = here
        var member: Ident?
        if tok.kind == .identifier, !isWord(.blank) { member = try name(.figureName) }
        // `stated 得分 blank` (未填): the table prints no figure in that cell.
        if isWord(.blank) {
            let s = here
            advance()
            return StatedClaim(member: member, value: nil, span: spanFrom(start), valueSpan: s)
        }
        let v = try signedNumber(.statedFigure)
        return StatedClaim(member: member, value: v, span: spanFrom(start), valueSpan: v.span)
    }

    func comparator(_ t: Token) -> Comparator? {
        switch t.kind {
        case .greaterEqual: .ge
        case .greater: .gt
        case .lessEqual: .le
        case .less: .lt
        case .assign, .equal: .eq
        default: nil
        }
    }

    mutating func parseTarget() throws(Failure) -> TargetSpec {
        if tok.kind == .string {
            let t = TargetSpec.qualitative(lexer.string(of: tok) ?? "", here)
            advance()
            return t
        }
        if isWord(.deadline) {
            advance()
            let start = here
            let date = try parseDate()
            return .deadline(month: date.month, day: date.day, text: source.compactText(start.start..<prevEnd), span: spanFrom(start))
        }
        // `12月31日前完成`: a month and a day read as a deadline.
        if tok.kind == .number, unitOf(tok, is: "月"), case let next = peek(), next.kind == .number, unitOf(next, is: "日", prefix: true) {
            let start = here
            let date = try parseDate()
            return .deadline(month: date.month, day: date.day, text: source.compactText(start.start..<prevEnd), span: spanFrom(start))
        }
        var cmp = Comparator.none
        if let c = comparator(tok) { cmp = c; advance() }
        var e = try parseExpression()
        // `20公顷以上`, `98%以上`, `10次以下`: the suffix is the comparator.
        let suffixes: [(String, Comparator)] = [("及以上", .ge), ("以上", .ge), ("及以下", .le), ("以下", .le), ("以内", .le)]
        // Every suffix is at least two CJK characters (6 bytes): shorter units have none.
        // Compared by bytes: ideographs have no other spelling, and `hasSuffix` (which
        // compares by canonical equivalence) was 1,400 instructions a target.
        if case .number(var n) = e, n.unit.utf8.count >= 6, let (suffix, c) = suffixes.first(where: { n.unit.utf8.reversed().starts(with: $0.0.utf8.reversed()) }) {
            if cmp != .none {
                error(.twoComparators, at: n.span, hint: .syntaxHint(.oneComparator))
                throw Failure()
            }
            n.unit = String(n.unit.dropLast(suffix.count))
            cmp = c
            e = .number(n)
        }
        return .value(cmp, e)
    }

    /// An actual (or expected, or assigned) value: an expression, `pending`, `elapsed` or `done`.
    mutating func parseActualValue() throws(Failure) -> ActualSpec {
        if isWord(.pending) { let s = here; advance(); return .pending(s) }
        if isWord(.elapsed) { let s = here; advance(); return .elapsed(s) }
        if isWord(.done) { let s = here; advance(); return .done(s) }
        return .value(try parseExpression())
    }

    /// `2021-06-30`, `12-31`, `2021年6月30日`, `6月30日`, `12月31日前完成`.
    mutating func parseDate() throws(Failure) -> DateLiteral {
        let start = here
        func bad(_ p: inout Parser) -> Failure {
            p.error(.expected(.date, found: p.found(p.tok)), at: start, hint: .syntaxHint(.dateForm))
            return Failure()
        }
        guard tok.kind == .number else { throw bad(&self) }
        var parts: [(Int, String)] = []
        while tok.kind == .number, parts.count < 3 {
            let digits = source.text(tok.start..<tok.end)
            guard let v = Int(digits) else { throw bad(&self) }
            parts.append((v, source.text(tok.unitStart..<tok.unitEnd)))
            advance()
            if parts.last!.1.isEmpty, tok.kind == .minus, !tok.spaceBefore { advance() } else if parts.last!.1.isEmpty { break }
            if tok.spaceBefore && !(parts.last!.1.isEmpty) { break }
        }
        var year: Int?, month: Int?, day: Int?
        let units = parts.map(\.1)
        if units.allSatisfy(\.isEmpty) {
            if parts.count == 3 { year = parts[0].0; month = parts[1].0; day = parts[2].0 }
            else if parts.count == 2 { month = parts[0].0; day = parts[1].0 }
        } else {
            for (v, u) in parts {
                if u == "年" { year = v } else if u == "月" { month = v } else if u.hasPrefix("日") || u.hasPrefix("号") { day = v }
            }
        }
        let written = spanFrom(start)
        guard let m = month, let dd = day else {
            error(.invalidDate, at: written, hint: .syntaxHint(.dateFormExample))
            throw Failure()
        }
        let shown = source.compactText(written.start..<written.end)
        if let y = year, !(1900...2200).contains(y) {
            error(.yearOutOfRange(date: shown, year: String(y)), at: written, hint: .syntaxHint(.yearRange), code: .date)
            throw Failure()
        }
        guard (1...12).contains(m) else {
            error(.noSuchMonth(date: shown, month: String(m)), at: written, hint: .syntaxHint(.monthRange), code: .date)
            throw Failure()
        }
        // An impossible day (2021-02-30, 06-31) is an error, but the date is kept: what
        // follows it is still read and checked. Without a year, February may have 29 days
        // (the report's year decides; see `DeclarationChecks.dates`).
        let last = year.map { CivilDate.days(inMonth: m, year: $0) } ?? CivilDate.maxDays(inMonth: m)
        guard (1...last).contains(dd) else {
            let monthZh = (year.map { "\($0)年" } ?? "") + "\(m)月"
            let monthEn = year.map { "\(CivilDate.monthName(m)) \($0)" } ?? CivilDate.monthName(m)
            error(.noSuchDay(date: shown, monthZh: monthZh, monthEn: monthEn, days: String(last)), at: written,
                  hint: .syntaxHint(dd < 1 ? .dayFromOne : .lastDay(CivilDate.written(year: year, month: m, day: last, like: shown))), code: .date)
            return DateLiteral(year: year, month: m, day: min(max(dd, 1), last), span: written)
        }
        return DateLiteral(year: year, month: m, day: dd, span: written)
    }
}

/// The short way for the commonest line of a large file, `indicator 指标123 target 450亩
/// actual 30亩`: after the name, the rest of the line is read from its bytes in one pass
/// (`PlainLineScan`) straight into the compact form, with no tokens, no syntax tree and no
/// full declaration in between. Any other spelling takes the ordinary way.
extension Parser {
    /// A plain line read from just after its keyword (the current token), name and all,
    /// when the name is a word of the commonest letters (`PlainLineScan.scan(_:afterKeyword:)`).
    mutating func parsePlainLine(afterKeyword keyword: Token, start: Span) -> IndicatorDecl? {
        guard !lexer.keepComments, ahead == nil,
              let (scan, lo, hi) = bytes.withUnsafeBufferPointer({ PlainLineScan.scan($0, afterKeyword: keyword.end) }) else { return nil }
        return plainLine(scan, start: start, name: lo..<hi, quoted: false)
    }

    /// A plain line after its name `n`, already read (quoted, or of other letters): the
    /// rest is scanned from the name's end, whatever the lexer read after it.
    mutating func parsePlainLine(name n: Ident, start: Span) -> IndicatorDecl? {
        guard !lexer.keepComments, ahead == nil, n.span.file == fileID,
              let scan = bytes.withUnsafeBufferPointer({ PlainLineScan.scan($0, afterName: n.span.end) }),
              let quoted = linesForPlain().nameIsWritten(n) else { return nil }
        return plainLine(scan, start: start, name: n.span.start..<n.span.end, quoted: quoted)
    }

    private mutating func plainLine(_ scan: PlainLineScan, start: Span, name: Range<Int>, quoted: Bool) -> IndicatorDecl? {
        let base = start.start
        let lines = linesForPlain()
        guard scan.actual.hi - base <= Int(UInt16.max), name.lowerBound >= base,
              let at = Int32(exactly: base), let units = plainUnits(scan, lines) else { return nil }
        let line = PlainLine(start: at, scan: scan, units: units, nameLo: UInt16(truncatingIfNeeded: name.lowerBound - base),
                             nameHi: UInt16(truncatingIfNeeded: name.upperBound - base), nameQuoted: quoted)
        guard let index = lines.append(line) else { return nil }
        lexer.skip(to: scan.lineEnd)
        prevEnd = scan.actual.hi
        tok = lexer.next()
        return IndicatorDecl(plain: lines, index)
    }

    /// This parse's plain lines, made at the first with room for one a line to the end of
    /// the part being parsed (`parseScript` gives back what was not used).
    mutating func linesForPlain() -> PlainLines {
        if let l = plainLines { return l }
        let l = PlainLines(bytes: bytes, file: fileID)
        let last = stop.map { source.line(of: $0) } ?? source.lineStarts.count
        l.reserve(max(1, last - source.line(of: tok.start) + 1))
        plainLines = l
        return l
    }

    /// The units of a scanned line: the previous line's pair when they are spelt the same
    /// (compared in the source, where that pair was read).
    private mutating func plainUnits(_ scan: PlainLineScan, _ lines: PlainLines) -> UInt16? {
        let t = scan.target, a = scan.actual
        if let u = plainUnits, let at = plainUnitsAt,
           bytes.withUnsafeBufferPointer({ p in
               PlainLineScan.same(p, at.target, t.unitLo..<t.hi) && PlainLineScan.same(p, at.actual, a.unitLo..<a.hi)
           }) { return u }
        guard let u = lines.unitsIndex(target: unitText(t.unitLo, t.hi), actual: unitText(a.unitLo, a.hi)) else { return nil }
        plainUnits = u
        plainUnitsAt = (t.unitLo..<t.hi, a.unitLo..<a.hi)
        return u
    }
}
