/// What a name written at a place stands for there.
public enum SymbolRole: Sendable, Equatable {
    /// The entity's own name where it is declared (`indicator 新增建设用地报批 …`).
    case declaration
    /// A name that refers to an entity (`actual 工资福利`), or to several (then it is
    /// ambiguous and the script must qualify it).
    case reference
    /// A field of the entity: `完成率` in `新增建设用地报批.完成率`.
    case field(Member)
    /// A field name alone in a rule (`执行率` in `rule … for each budget`), which means that
    /// field of each budget or indicator the rule judges: no one entity.
    case subjectField(Member, RuleSubject)
    /// A name that stands for no declared entity: `时间进度`, `总分`, a light, a misspelling.
    case unresolved
}

/// The answer to "what stands here": the name under a position, what it is, what it
/// resolves to and where that is declared (go to definition).
public struct SymbolHit: Sendable, Equatable {
    /// The name as written there, without quotes.
    public var name: String
    /// Where the name is written.
    public var span: Span
    public var role: SymbolRole
    /// What it resolves to: one entity, several when the name is ambiguous (every
    /// candidate), none when it names no entity. For a field: the entity whose field it is.
    public var entities: [EntityRef]
    /// The declarations' names, one per entity, in the same order.
    public var definitions: [Span]

    public var entity: EntityRef? { entities.count == 1 ? entities[0] : nil }
    public var isAmbiguous: Bool { entities.count > 1 }
    /// The field named, when it names one.
    public var member: Member? {
        switch role {
        case .field(let m), .subjectField(let m, _): m
        default: nil
        }
    }
}
