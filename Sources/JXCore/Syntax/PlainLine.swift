/// The compact form of a plain indicator line (`indicator 指标123 target 450亩 actual 30亩`,
/// a comparator allowed before the target): what a file of a million such lines holds
/// instead of a million full declarations. It keeps exactly what the parser produced and
/// rebuilds the same syntax on each read: each number as the 64-bit integer of its digits
/// (the value is that over 10^decimals), every span as an offset from the line's start, the
/// units in a shared pair. 88 bytes: a million lines hold 96 MB, not 272 MB.
final class PlainLine: Sendable {
    /// The target's and the actual's unit: one object for a run of lines that use the same.
    final class Units: Sendable {
        let target: String
        let actual: String
        init(target: String, actual: String) { self.target = target; self.actual = actual }
    }

    let nameText: String
    let units: Units
    let targetDigits: Int64
    let actualDigits: Int64
    let file: Int32
    let start: Int32
    /// Offsets from `start`: the name; the target as written (from its comparator), its
    /// number, where its unit starts; the actual's number and unit; the end.
    let nameLo: UInt16, nameHi: UInt16
    let targetLo: UInt16, targetNumberLo: UInt16, targetUnitLo: UInt16, targetHi: UInt16
    let actualLo: UInt16, actualUnitLo: UInt16, actualHi: UInt16
    let end: UInt16
    let targetDecimals: UInt8, actualDecimals: UInt8
    let comparator: Comparator

    static let placeholder = PlainLine()

    /// A plain line read straight from its bytes (`Parser.parsePlainLine`); offsets are from
    /// `start`, and each must fit 16 bits (the caller checks).
    init(name: String, units: Units, file: Int32, start: Int32, scan: PlainLineScan, nameLo: UInt16, nameHi: UInt16) {
        nameText = name
        self.units = units
        targetDigits = scan.target.digits; actualDigits = scan.actual.digits
        self.file = file; self.start = start
        self.nameLo = nameLo; self.nameHi = nameHi
        let o = { (x: Int) in UInt16(truncatingIfNeeded: x - Int(start)) }
        targetLo = o(scan.targetLo); targetNumberLo = o(scan.target.lo); targetUnitLo = o(scan.target.unitLo); targetHi = o(scan.target.hi)
        actualLo = o(scan.actual.lo); actualUnitLo = o(scan.actual.unitLo); actualHi = o(scan.actual.hi)
        end = o(scan.actual.hi)
        targetDecimals = scan.target.decimals; actualDecimals = scan.actual.decimals
        comparator = scan.comparator
    }

    private init() {
        nameText = ""; units = Units(target: "", actual: "")
        targetDigits = 0; actualDigits = 0
        file = 0; start = 0
        nameLo = 0; nameHi = 0; targetLo = 0; targetNumberLo = 0; targetUnitLo = 0; targetHi = 0
        actualLo = 0; actualUnitLo = 0; actualHi = 0; end = 0
        targetDecimals = 0; actualDecimals = 0; comparator = .none
    }

    /// The compact form of `s`, or nil when it is not a plain line or does not fit (a
    /// number beyond 64 bits, a line longer than 64 KiB, spans in other files).
    init?(_ s: IndicatorDecl.Storage, sharing shared: inout Units?) {
        guard case .value(let cmp, .number(let t))? = s.target, case .value(.number(let a))? = s.actual,
              let tdec = UInt8(exactly: t.decimals), let adec = UInt8(exactly: a.decimals),
              let td = PlainLine.digits(t.value, decimals: Int(tdec)), let ad = PlainLine.digits(a.value, decimals: Int(adec)),
              let targetSpan = s.targetSpan else { return nil }
        let base = s.span.start
        let f = s.span.file
        guard s.name.span.file == f, targetSpan.file == f, t.span.file == f, a.span.file == f else { return nil }
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
              let end = offset(s.span.end),
              let file = Int32(exactly: s.span.file), let start = Int32(exactly: base) else { return nil }
        // An empty unit has no span; a unit's text may be shorter than its span (`20公顷以上`
        // is 公顷, the suffix a comparator), but an empty text with a span is not plain.
        guard (t.unit.isEmpty) == (t.unitSpan == nil), (a.unit.isEmpty) == (a.unitSpan == nil) else { return nil }
        if let u = shared, u.target == t.unit, u.actual == a.unit { units = u } else {
            units = Units(target: t.unit, actual: a.unit)
            shared = units
        }
        nameText = s.name.text
        targetDigits = td; actualDigits = ad
        self.file = file; self.start = start
        self.nameLo = nameLo; self.nameHi = nameHi
        self.targetLo = targetLo; self.targetNumberLo = targetNumberLo; self.targetUnitLo = targetUnitLo; self.targetHi = targetHi
        self.actualLo = actualLo; self.actualUnitLo = actualUnitLo; self.actualHi = actualHi
        self.end = end
        targetDecimals = tdec; actualDecimals = adec
        comparator = cmp
    }

    /// 10^0 … 10^18: the scales a 64-bit integer of digits can have.
    static let powersOfTen: [Int64] = (0...18).map { k in (0..<k).reduce(Int64(1)) { p, _ in p * 10 } }

    /// `value` × 10^decimals when that is a whole number that fits 64 bits.
    static func digits(_ value: Exact, decimals: Int) -> Int64? {
        // In 64 bits: a 128-bit division is a slow library call, and this runs once a line.
        guard decimals < powersOfTen.count, let num = Int64(exactly: value.num), let den = Int64(exactly: value.den) else { return nil }
        let scale = powersOfTen[decimals]
        guard scale % den == 0 else { return nil }
        let (m, overflow) = num.multipliedReportingOverflow(by: scale / den)
        return overflow ? nil : m
    }

    /// digits ÷ 10^decimals, reduced: the value `digits` was made from.
    static func value(_ digits: Int64, decimals: Int) -> Exact {
        (try? Exact.fraction(Int128(digits), Int128(powersOfTen[decimals]))) ?? .zero
    }

    private func span(_ lo: UInt16, _ hi: UInt16) -> Span {
        Span(file: Int(file), start: Int(start) + Int(lo), end: Int(start) + Int(hi))
    }

    var name: Ident { Ident(nameText, span(nameLo, nameHi)) }
    var span: Span { span(0, end) }
    var targetSpan: Span { span(targetLo, targetHi) }

    var target: TargetSpec {
        .value(comparator, .number(NumberLiteral(
            value: PlainLine.value(targetDigits, decimals: Int(targetDecimals)), unit: units.target,
            unitSpan: units.target.isEmpty ? nil : span(targetUnitLo, targetHi),
            decimals: Int(targetDecimals), span: span(targetNumberLo, targetHi))))
    }

    var actual: ActualSpec {
        .value(.number(NumberLiteral(
            value: PlainLine.value(actualDigits, decimals: Int(actualDecimals)), unit: units.actual,
            unitSpan: units.actual.isEmpty ? nil : span(actualUnitLo, actualHi),
            decimals: Int(actualDecimals), span: span(actualLo, actualHi))))
    }
}
