/// What kind of value an expression gave, as a message says what it found instead of a number.
public enum ValueKind: Sendable, Hashable {
    case number
    case quantity(unit: String)
    case bool, text, pending, blank, light, status, entity

    public var text: Bilingual {
        switch self {
        case .number: Bilingual(zh: "一个数", en: "a number")
        case .quantity(let u): Bilingual(zh: "以\(u)计的数量", en: "a quantity in \(u)")
        case .bool: Bilingual(zh: "真/假（true/false）", en: "true/false")
        case .text: Bilingual(zh: "一段文字", en: "a text")
        case .pending: Bilingual(zh: "待填（pending）", en: "pending")
        case .blank: Bilingual(zh: "空白", en: "blank")
        case .light: Bilingual(zh: "一个信号灯", en: "a light")
        case .status: Bilingual(zh: "一个状态", en: "a status")
        case .entity: Bilingual(zh: "一个名称", en: "a name")
        }
    }
}
