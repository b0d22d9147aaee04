/// A unit of measure: a name, the dimension it measures, and its size in the
/// dimension's base unit (亩 is 2000/3 平方米; 万元 is 10000 元; % is 1/100).
///
/// Immutable and shared: a quantity holds a reference (8 bytes) instead of three strings and
/// a fraction (80 bytes), and equality is still by value.
public final class Unit: Hashable, Sendable {
    public let name: String
    public let dimension: String
    public let factor: Exact
    /// Human name of the dimension, for messages (面积, 金额 …).
    public let dimensionLabel: String

    public init(name: String, dimension: String, factor: Exact, dimensionLabel: String) {
        self.name = name
        self.dimension = dimension
        self.factor = factor
        self.dimensionLabel = dimensionLabel
    }

    public static func == (a: Unit, b: Unit) -> Bool {
        a === b || (a.name == b.name && a.dimension == b.dimension && a.factor == b.factor && a.dimensionLabel == b.dimensionLabel)
    }

    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(dimension)
        h.combine(factor)
        h.combine(dimensionLabel)
    }
}

/// The units a script knows: the built-in ones and those it declares with `unit`.
public struct UnitTable: Sendable {
    public private(set) var units: [String: Unit] = [:]
    /// The units' names in the order they became known (built in, declared, met): a fixed
    /// order for whatever lists them ("did you mean …?"), unlike the dictionary's.
    public private(set) var names: [String] = []
    /// Units that were not declared but were used: each is its own count dimension.
    public private(set) var implicit: Set<String> = []

    public static let dimensionless = "1"

    /// `%` and the plain number, read on every rate and ratio: kept apart from the table.
    public private(set) var percent = Unit(name: "%", dimension: UnitTable.dimensionless, factor: Exact(uncheckedNum: 1, den: 100), dimensionLabel: "纯数")
    public private(set) var plain = Unit(name: "", dimension: UnitTable.dimensionless, factor: .one, dimensionLabel: "纯数")

    public init() {
        func add(_ names: [String], _ dim: String, _ label: String, _ factor: Exact) {
            for n in names { put(n, Unit(name: n, dimension: dim, factor: factor, dimensionLabel: label)) }
        }
        let f = { (n: Int128, d: Int128) in (try? Exact.fraction(n, d)) ?? .one }
        add([""], UnitTable.dimensionless, "纯数", .one)
        add(["%", "％"], UnitTable.dimensionless, "纯数", f(1, 100))
        add(["‰"], UnitTable.dimensionless, "纯数", f(1, 1000))
        add(["平方米", "m²", "㎡"], "area", "面积", .one)
        add(["亩"], "area", "面积", f(2000, 3))
        add(["万亩"], "area", "面积", f(20_000_000, 3))
        add(["公顷", "ha"], "area", "面积", Exact(10_000))
        add(["万公顷"], "area", "面积", Exact(100_000_000))
        add(["平方公里", "平方千米", "km²"], "area", "面积", Exact(1_000_000))
        add(["元"], "money", "金额", .one)
        add(["千元"], "money", "金额", Exact(1000))
        add(["万元"], "money", "金额", Exact(10_000))
        add(["百万元"], "money", "金额", Exact(1_000_000))
        add(["亿元"], "money", "金额", Exact(100_000_000))
        add(["天", "日"], "days", "天数", .one)
        add(["周"], "days", "天数", Exact(7))
        add(["月", "个月"], "months", "月数", .one)
        add(["季度"], "months", "月数", Exact(3))
        add(["年"], "months", "月数", Exact(12))
        add(["米", "m"], "length", "长度", .one)
        add(["千米", "公里", "km"], "length", "长度", Exact(1000))
        add(["吨", "t"], "mass", "重量", Exact(1000))
        add(["千克", "公斤", "kg"], "mass", "重量", .one)
        add(["斤"], "mass", "重量", f(1, 2))
        add(["万吨"], "mass", "重量", Exact(10_000_000))
        // Counts: each is its own dimension, so 15个 against 7次 is an error, not a number.
        for c in ["个", "次", "项", "人", "户", "宗", "件", "家", "座", "篇", "场", "期", "所", "辆", "台", "套",
                  "条", "处", "份", "本", "株", "棵", "头", "只", "批", "起", "人次", "张", "册", "部", "间", "栋", "村", "公里次"] {
            add([c], "count:" + c, "数量(\(c))", .one)
        }
    }

    public func lookup(_ name: String) -> Unit? { units[name] }

    private mutating func put(_ name: String, _ u: Unit) {
        if units.updateValue(u, forKey: name) == nil { names.append(name) }
        if name == "%" { percent = u } else if name.isEmpty { plain = u }
    }

    /// Declares `name` as a new count (`unit 株`) or as a multiple of a known unit (`unit 万株 = 10000 株`).
    public mutating func declare(_ name: String, as factor: Exact?, of base: Unit?) {
        if let base, let factor, let f = try? factor.multiplied(by: base.factor) {
            put(name, Unit(name: name, dimension: base.dimension, factor: f, dimensionLabel: base.dimensionLabel))
        } else {
            put(name, Unit(name: name, dimension: "count:" + name, factor: .one, dimensionLabel: "数量(\(name))"))
        }
    }

    /// A unit nobody declared: its own count dimension, remembered so `check` can note it once.
    public mutating func implicitUnit(_ name: String) -> Unit {
        if let u = units[name] { return u }
        implicit.insert(name)
        let u = Unit(name: name, dimension: "count:" + name, factor: .one, dimensionLabel: "数量(\(name))")
        put(name, u)
        return u
    }
}
