/// `let 得分小数位 = 0`: a table that scores in whole points rounds each row's score half up
/// before it is shown and summed, so a group's and the total's score are sums of the
/// rounded rows, as on paper. Without the constant a score is kept exact.
extension Judgement {
    static let scoreDecimalsName = "得分小数位"

    /// The decimals scores are kept at, when the policy or script sets a valid one.
    func scoreDecimals() -> Int? {
        guard let d = constantNumber(Judgement.scoreDecimalsName), d.den == 1, d >= .zero, d <= Exact(17) else { return nil }
        return Int(d.num)
    }

    /// A row's computed score at the table's decimals.
    func roundedScore(_ s: Exact) -> Exact {
        guard let d = scoreDecimals() else { return s }
        return s.roundedValue(d)
    }

    /// A 得分小数位 that is not a whole number of decimals from 0 to 17 rounds nothing: said once.
    func scoreDecimalsFindings() -> [Diagnostic] {
        guard let refs = ev.model.symbols[Judgement.scoreDecimalsName], case .constant(let c)? = refs.first, scoreDecimals() == nil else { return [] }
        let shown = ev.constant(c)?.display ?? "?"
        return [Diagnostic(.warning, DiagnosticCode.scoreDecimals, .rules(.scoring(.scoreDecimals(shown))), at: ev.model.constants[c].name.span,
                           hint: .rules(.scoring(.scoreDecimalsHint)))]
    }
}
