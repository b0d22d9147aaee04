/// Declarations: names, units, budgets, indicators and groups as declared.
public enum ModelMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
