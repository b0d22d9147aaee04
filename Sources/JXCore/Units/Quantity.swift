/// An exact value in a unit. Values keep the unit they were written in; conversion
/// happens only where two quantities meet.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    public var value: Exact
    public var unit: Unit

    public init(_ value: Exact, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    public var isDimensionless: Bool { unit.dimension == UnitTable.dimensionless }

    /// The value in the dimension's base unit.
    public func baseValue() throws(ArithmeticError) -> Exact { try value.multiplied(by: unit.factor) }

    /// The value expressed in `other` (same dimension).
    public func converted(to other: Unit) throws(ArithmeticError) -> Quantity {
        if other.name == unit.name { return self }
        return Quantity(try baseValue().divided(by: other.factor), other)
    }

    /// Written as the user would: `450亩`, `6.67%`, `1493.25万元`.
    public var description: String { text() }

    public func text(maxDecimals: Int = 6) -> String {
        if unit.name == "%" || unit.name == "％" { return value.rounded(2, suffix: "%") }
        return value.decimalString(maxDecimals: maxDecimals, suffix: unit.name)
    }
}
