/// What only the whole model shows, once every file is read: two declarations of one name
/// at one level, and names told apart only by characters no one can see. Statement by
/// statement the editor cannot tell: in a script, a name may be declared again elsewhere
/// (two indicators of one name under different categories, each department's 基本支出).
public enum DeclarationChecks {
    public static func findings(in model: Model) -> [Diagnostic] {
        duplicates(in: model) + invisibleTwins(in: model)
    }

    /// Where a thing sits, for telling "the same level" apart: its kind and its parent, or,
    /// at the top level, its file (two departments imported into a county each have theirs).
    struct Level: Hashable, Comparable {
        var kind: UInt8
        var parent: Int
        var file: Int
        static func < (a: Level, b: Level) -> Bool {
            (a.kind, a.parent, a.file) < (b.kind, b.parent, b.file)
        }
    }

    static func level(of ref: EntityRef, in model: Model) -> Level? {
        switch ref {
        // Read in place: a copy of the node would retain every part of it.
        case .indicator(let i):
            let g = model.indicators[i].group
            return Level(kind: 0, parent: g ?? -1, file: g == nil ? model.indicators[i].decl.name.span.file : -1)
        case .group(let g):
            let p = model.groups[g].parent
            return Level(kind: 1, parent: p ?? -1, file: p == nil ? model.groups[g].name.span.file : -1)
        case .budget(let b):
            let p = model.budgets[b].parent
            // A project's top-level budgets are a level of their own (each project has its 资金).
            let top = model.budgets[b].project.map { -2 - $0 } ?? -1
            return Level(kind: 2, parent: p ?? top, file: p == nil ? model.budgets[b].name.span.file : -1)
        case .spend(let s):
            return Level(kind: 3, parent: model.spends[s].budget, file: -1)
        case .constant:
            return nil // a second `let` is the editor's to refuse
        }
    }

    /// Two declarations of one name at one level: two `indicator 甲` in one group, two
    /// budgets of one name under one parent, two groups, two spending lines of one budget.
    /// Both would be counted (a level-1 group twice takes its weight twice) and neither can
    /// be named: an error at the second, with a note at the first.
    static func duplicates(in model: Model) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Sorted by level (then by order of declaration) rather than hashed: a name every
        // department declares (基本支出) has thousands of declarations, and hashing each
        // level was 26 M instructions of `check` at 10^4.
        var placed: [(level: Level, at: Int)] = []
        var twins: [(at: Int, first: Int)] = []
        for (name, refs) in model.symbols.namesOfSeveral() {
            placed.removeAll(keepingCapacity: true)
            twins.removeAll(keepingCapacity: true)
            for k in refs.indices {
                if let l = level(of: refs[k], in: model) { placed.append((l, k)) }
            }
            placed.sort { $0.level != $1.level ? $0.level < $1.level : $0.at < $1.at }
            var run = 0
            for k in placed.indices {
                if k > 0, placed[k].level == placed[run].level {
                    twins.append((placed[k].at, placed[run].at))
                } else {
                    run = k
                }
            }
            twins.sort { $0.at < $1.at }
            for t in twins { out.append(twice(name, refs[t.at], refs[t.first], in: model)) }
        }
        out.append(contentsOf: duplicateRules(in: model))
        return out
    }

    /// The second place is the diagnostic's, the first its note's: every format names both
    /// (`jx check` shows both lines, the reports' findings "另见第 N 行").
    static func twice(_ name: String, _ ref: EntityRef, _ earlier: EntityRef, in model: Model) -> Diagnostic {
        let at = model.span(of: ref), before = model.span(of: earlier)
        let kind = model.kind(ref)
        let place: ModelMessage.Place
        switch ref {
        case .indicator(let i): place = model.indicators[i].group.map { .inGroup(model.pathName(ofGroup: $0)) } ?? .topLevel
        case .group(let g): place = model.groups[g].parent.map { .inGroup(model.pathName(ofGroup: $0)) } ?? .topLevel
        case .budget(let b): place = model.budgets[b].parent.map { .inBudget(model.budgets[$0].path.joined(separator: ".")) } ?? (model.projectName(of: .budget(b)).map { .inProject($0) } ?? .topLevel)
        case .spend(let s): place = .inBudget(model.budgets[model.spends[s].budget].path.joined(separator: "."))
        case .constant: place = .none
        }
        return Diagnostic(.error, .duplicate, .model(.declaredTwice(kind, name, place)), at: at,
                          label: .model(.declaredAgainHere), hint: .model(.declaredTwiceHint),
                          notes: [DiagnosticNote(.model(.firstDeclaredHere(kind, name)), at: before)])
    }

    /// Two rules of one name in one file: both run, and their findings share one code.
    static func duplicateRules(in model: Model) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen: [String: Span] = [:]
        for r in model.rules {
            let key = "\(r.name.span.file):" + r.name.text
            guard let first = seen[key] else { seen[key] = r.name.span; continue }
            out.append(Diagnostic(.error, .duplicate, .model(.ruleTwice(r.name.text)), at: r.name.span,
                                  label: .model(.declaredAgainHere), hint: .model(.ruleTwiceHint(r.name.text)),
                                  notes: [DiagnosticNote(.model(.ruleFirstDeclared(r.name.text)), at: first)]))
        }
        return out
    }
}
