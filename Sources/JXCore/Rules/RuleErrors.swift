/// The errors a rule engine's expressions raised, kept by the entity being judged (nil: the
/// report's own rules), so that judging an entity again — after a change or its undo —
/// replaces what was said of it instead of keeping an error the model no longer has. Each
/// error is listed once, however many entities raised it.
struct RuleErrors {
    private var by: [EntityRef?: [Diagnostic]] = [:]
    /// The subjects in the order they first raised an error (findings keep their order).
    private var order: [EntityRef?] = []
    private var ordered = Set<EntityRef?>()

    mutating func forget(_ subject: EntityRef?) { by[subject] = nil }

    mutating func add(_ d: Diagnostic, for subject: EntityRef?) {
        if ordered.insert(subject).inserted { order.append(subject) }
        if by[subject]?.contains(d) != true { by[subject, default: []].append(d) }
    }

    var all: [Diagnostic] {
        var seen = Set<Diagnostic>(), out: [Diagnostic] = []
        for s in order { for d in by[s] ?? [] where seen.insert(d).inserted { out.append(d) } }
        return out
    }

    /// Removes the errors that `gone` matches; whether there were any.
    mutating func removeAll(where gone: (Diagnostic) -> Bool) -> Bool {
        var any = false
        for (s, ds) in by where ds.contains(where: gone) {
            by[s] = ds.filter { !gone($0) }
            any = true
        }
        return any
    }
}
