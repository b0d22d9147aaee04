/// Where a figure is written `blank` (未填): the cells a table leaves empty. A blank is not
/// zero; what is computed from it is blank too, and the checks name each cell once.
extension Expr {
    /// Whether the expression is, or uses, a blank cell.
    public var containsBlank: Bool {
        switch self {
        case .blank: true
        case .number, .text, .name, .pending: false
        case .member(let b, _): b.containsBlank
        case .unary(_, let x, _): x.containsBlank
        case .binary(_, let l, let r, _): l.containsBlank || r.containsBlank
        case .call(_, let args, _): args.contains { $0.containsBlank }
        }
    }

    /// The first blank written in the expression, for a diagnostic's caret.
    public var blankSpan: Span? {
        switch self {
        case .blank(let s): s
        case .number, .text, .name, .pending: nil
        case .member(let b, _): b.blankSpan
        case .unary(_, let x, _): x.blankSpan
        case .binary(_, let l, let r, _): l.blankSpan ?? r.blankSpan
        case .call(_, let args, _): args.lazy.compactMap(\.blankSpan).first
        }
    }
}

extension ActualSpec {
    public var blankSpan: Span? {
        if case .value(let e) = self { return e.blankSpan }
        return nil
    }
}

extension TargetSpec {
    public var blankSpan: Span? {
        if case .value(_, let e) = self { return e.blankSpan }
        return nil
    }
}
