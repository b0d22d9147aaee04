/// One name written in a declaration the model holds, and what it stands for there: the
/// unit of the reference index (`ReferenceIndex`). Names are tokens, so the occurrences of
/// one file never overlap, and a place in a file lies in at most one of them.
struct Occurrence: Sendable {
    var span: Span
    var role: SymbolRole
    /// What it names (for a field, whose field it is); nil when nothing or several.
    var entity: EntityRef?
    /// Where the candidates of an ambiguous name are kept (`ReferenceIndex.candidateLists`),
    /// -1 for none: most names resolve to one entity, and carry no array.
    var candidates: Int32 = -1
}
