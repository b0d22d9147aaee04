/// What a name in a script is (预算、指标、分组…), as messages of every area name it.
public enum EntityKind: Sendable, Hashable {
    case budget, spendingLine, indicator, group, project, constant

    public var text: Bilingual {
        switch self {
        case .budget: Bilingual(zh: "预算", en: "budget")
        case .spendingLine: Bilingual(zh: "支出明细", en: "spending line")
        case .indicator: Bilingual(zh: "指标", en: "indicator")
        case .group: Bilingual(zh: "指标分组", en: "group")
        case .project: Bilingual(zh: "项目", en: "project")
        case .constant: Bilingual(zh: "常量", en: "constant")
        }
    }
}
