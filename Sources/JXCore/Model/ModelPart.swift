/// The parts of a model one change touches, as they were before it. Undo puts back exactly
/// these parts, so a change costs memory in proportion to what it touched, never a copy of
/// the whole model (which at a million indicators would cost more than the change).
public enum ModelPart {
    case indicator(Int, IndicatorNode)
    case budget(Int, BudgetNode)
    case spend(Int, SpendItem)
    case constant(Int, ConstantNode)
    case group(Int, GroupNode)
    /// What a name referred to (nil: nothing).
    case symbol(String, [EntityRef]?)
    case report(ReportInfo)
    case rules([RuleDecl])
    case scenarios([ScenarioDecl])
    case units(UnitTable)
    case declared([DeclaredCount])
    /// How many entities there were: anything appended after is removed on undo.
    case counts(indicators: Int, budgets: Int, spends: Int, constants: Int)

    /// The entity a part is about, for writing a change back into the script.
    public var entity: EntityRef? {
        switch self {
        case .indicator(let i, _): .indicator(i)
        case .budget(let b, _): .budget(b)
        case .spend(let s, _): .spend(s)
        case .constant(let c, _): .constant(c)
        default: nil
        }
    }
}
