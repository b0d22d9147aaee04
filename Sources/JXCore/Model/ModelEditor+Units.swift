/// `unit 亩 = 1/15 公顷`, `unit 株`: the same checks in a script, a scenario and at the prompt.
extension ModelEditor {
    mutating func applyUnit(_ u: UnitDecl, to model: inout Model, _ change: inout ModelChange) {
        // A unit met before without a declaration (noted as new) may be declared now.
        let known = model.units.lookup(u.name.text).flatMap { model.units.implicit.contains(u.name.text) ? nil : $0 }
        guard let factorExpr = u.factor else {
            if known != nil { return }
            model.units.declare(u.name.text, as: nil, of: nil)
            change.touch(.everything)
            return
        }
        guard let baseName = u.base?.text ?? ModelEditor.unitOfFactor(factorExpr) else {
            change.refuse(Diagnostic(.error, .unit, .model(.unitNeedsBase(u.name.text)), at: u.name.span, hint: .model(.example("unit 万株 = 10000 株"))))
            return
        }
        guard let base = model.units.lookup(baseName) else {
            change.refuse(Diagnostic(.error, .unit, .model(.unknownBaseUnit(baseName)), at: u.base?.span ?? u.name.span, hint: .model(.unknownBaseUnitHint(baseName))))
            return
        }
        guard let factor = ModelEditor.constantFactor(factorExpr) else {
            change.refuse(Diagnostic(.error, .unit, .model(.unitSizeNotNumber(u.name.text)), at: factorExpr.span, hint: .model(.example("unit 亩 = 1/15 公顷"))))
            return
        }
        if let existing = known {
            let newFactor = (try? factor.multiplied(by: base.factor)) ?? factor
            guard existing.dimension != base.dimension || existing.factor != newFactor else { return }
            change.say(Diagnostic(.warning, .unitRedefined, .model(.unitRedefined(u.name.text)), at: u.name.span,
                                  hint: .model(.unitRedefinedHint(unit: u.name.text, factor: "\(existing.factor)", dimension: existing.dimensionLabel))))
        }
        model.units.declare(u.name.text, as: factor, of: base)
        // Every quantity written in the unit may change size: recompute all.
        change.touch(.everything)
    }

    /// `unit 亩 = 1/15公顷`: the unit written on the last literal is the base.
    static func unitOfFactor(_ e: Expr?) -> String? {
        guard let e else { return nil }
        switch e {
        case .number(let n): return n.unit.isEmpty ? nil : n.unit
        case .binary(_, _, let r, _): return unitOfFactor(r)
        default: return nil
        }
    }

    static func constantFactor(_ e: Expr) -> Exact? {
        switch e {
        case .number(let n): return n.value
        case .binary(let op, let l, let r, _):
            guard let a = constantFactor(l), let b = constantFactor(r) else { return nil }
            switch op {
            case .mul: return try? a.multiplied(by: b)
            case .div: return try? a.divided(by: b)
            default: return nil
            }
        default: return nil
        }
    }
}
