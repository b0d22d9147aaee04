/// The compact form of a plain indicator line (`indicator 指标123 target 450亩 actual 30亩`,
/// a comparator allowed before the target): what a file of a million such lines holds
/// instead of a million full declarations. It keeps exactly what the parser produced and
/// rebuilds the same syntax on each read: each number as the 64-bit integer of its digits
/// (the value is that over 10^decimals), every span as an offset from the line's start,
/// the units as an index into its `PlainLines`' pairs, the name as its place in the
/// source. 48 bytes, in one array per parse with no object of its own: a million lines
/// hold 48 MB (as objects with their names they held 96).
struct PlainLine: Sendable {
    var targetDigits: Int64
    var actualDigits: Int64
    var start: Int32
    /// Offsets from `start`: the name; the target as written (from its comparator), its
    /// number, where its unit starts; the actual's number and unit; the end.
    var nameLo: UInt16, nameHi: UInt16
    var targetLo: UInt16, targetNumberLo: UInt16, targetUnitLo: UInt16, targetHi: UInt16
    var actualLo: UInt16, actualUnitLo: UInt16, actualHi: UInt16
    var end: UInt16
    /// Index of the target's and actual's units in `PlainLines.units`.
    var units: UInt16
    var targetDecimals: UInt8, actualDecimals: UInt8
    var comparator: Comparator
    /// The name was written in quotes: its text is the bytes between them.
    var nameQuoted: Bool

    /// A plain line read straight from its bytes (`Parser.parsePlainLine`); offsets are from
    /// `start`, and each must fit 16 bits (the caller checks).
    init(start: Int32, scan: PlainLineScan, units: UInt16, nameLo: UInt16, nameHi: UInt16, nameQuoted: Bool) {
        targetDigits = scan.target.digits; actualDigits = scan.actual.digits
        self.start = start
        self.nameLo = nameLo; self.nameHi = nameHi
        let o = { (x: Int) in UInt16(truncatingIfNeeded: x - Int(start)) }
        targetLo = o(scan.targetLo); targetNumberLo = o(scan.target.lo); targetUnitLo = o(scan.target.unitLo); targetHi = o(scan.target.hi)
        actualLo = o(scan.actual.lo); actualUnitLo = o(scan.actual.unitLo); actualHi = o(scan.actual.hi)
        end = o(scan.actual.hi)
        self.units = units
        targetDecimals = scan.target.decimals; actualDecimals = scan.actual.decimals
        comparator = scan.comparator
        self.nameQuoted = nameQuoted
    }

    /// The compact form of `s`, its units entered in `lines`; nil when it is not a plain
    /// line or does not fit (a number beyond 64 bits, a line longer than 64 KiB, spans in
    /// another file, a name that is not its bytes in the source).
    init?(_ s: IndicatorDecl.Storage, in lines: PlainLines) {
        guard case .value(let cmp, .number(let t))? = s.target, case .value(.number(let a))? = s.actual,
              let tdec = UInt8(exactly: t.decimals), let adec = UInt8(exactly: a.decimals),
              let td = PlainLine.digits(t.value, decimals: Int(tdec)), let ad = PlainLine.digits(a.value, decimals: Int(adec)),
              let targetSpan = s.targetSpan else { return nil }
        let base = s.span.start
        let f = lines.file
        guard s.span.file == f, s.name.span.file == f, targetSpan.file == f, t.span.file == f, a.span.file == f,
              let quoted = lines.nameIsWritten(s.name) else { return nil }
        func offset(_ x: Int) -> UInt16? { UInt16(exactly: x - base) }
        // A unit's span runs to its number's end (the parser reads them as one token).
        func unitLo(_ n: NumberLiteral) -> Int? {
            guard let u = n.unitSpan else { return n.unit.isEmpty ? n.span.end : nil }
            return u.end == n.span.end ? u.start : nil
        }
        guard targetSpan.end == t.span.end, let tu = unitLo(t), let au = unitLo(a),
              let nameLo = offset(s.name.span.start), let nameHi = offset(s.name.span.end),
              let targetLo = offset(targetSpan.start), let targetNumberLo = offset(t.span.start),
              let targetUnitLo = offset(tu), let targetHi = offset(t.span.end),
              let actualLo = offset(a.span.start), let actualUnitLo = offset(au), let actualHi = offset(a.span.end),
              let end = offset(s.span.end), let start = Int32(exactly: base) else { return nil }
        // An empty unit has no span; a unit's text may be shorter than its span (`20公顷以上`
        // is 公顷, the suffix a comparator), but an empty text with a span is not plain.
        guard (t.unit.isEmpty) == (t.unitSpan == nil), (a.unit.isEmpty) == (a.unitSpan == nil),
              let units = lines.unitsIndex(target: t.unit, actual: a.unit) else { return nil }
        targetDigits = td; actualDigits = ad
        self.start = start
        self.nameLo = nameLo; self.nameHi = nameHi
        self.targetLo = targetLo; self.targetNumberLo = targetNumberLo; self.targetUnitLo = targetUnitLo; self.targetHi = targetHi
        self.actualLo = actualLo; self.actualUnitLo = actualUnitLo; self.actualHi = actualHi
        self.end = end
        self.units = units
        targetDecimals = tdec; actualDecimals = adec
        comparator = cmp
        nameQuoted = quoted
    }

    /// `value` × 10^decimals when that is a whole number that fits 64 bits.
    static func digits(_ value: Exact, decimals: Int) -> Int64? {
        // In 64 bits: a 128-bit division is a slow library call, and this runs once a line.
        guard decimals < DecimalReader.powersOfTen.count, let num = Int64(exactly: value.num), let den = Int64(exactly: value.den) else { return nil }
        let scale = DecimalReader.powersOfTen[decimals]
        guard scale % den == 0 else { return nil }
        let (m, overflow) = num.multipliedReportingOverflow(by: scale / den)
        return overflow ? nil : m
    }

    /// digits ÷ 10^decimals, reduced: the value `digits` was made from.
    static func value(_ digits: Int64, decimals: Int) -> Exact {
        (try? Exact.fraction(Int128(digits), Int128(DecimalReader.powersOfTen[decimals]))) ?? .zero
    }
}
