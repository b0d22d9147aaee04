/// A name as a dictionary key: equal as `String`s are, hashed by `NameHash` (as bytes, for
/// the names scripts use). `String`'s own hash normalizes every Chinese name scalar by
/// scalar, and was the most of a lookup by name.
struct NameKey: Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: NameKey, b: NameKey) -> Bool { a.text == b.text }
    func hash(into h: inout Hasher) { h.combine(NameHash.of(text)) }
}

/// A path of names (a group's `产出/数量`) as a dictionary key, hashed the same way.
struct NamePathKey: Hashable {
    let names: [String]
    init(_ names: [String]) { self.names = names }
    static func == (a: NamePathKey, b: NamePathKey) -> Bool { a.names == b.names }
    func hash(into h: inout Hasher) {
        h.combine(names.count)
        for n in names { h.combine(NameHash.of(n)) }
    }
}
