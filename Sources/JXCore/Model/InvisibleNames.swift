/// Names that look the same and are not: `甲` and `甲` followed by a zero-width space are two
/// names to jx, and a figure typed under one is not found under the other. Characters that
/// show as nothing are Unicode's default-ignorable code points (zero-width space and
/// joiners U+200B–U+200D, the word joiner U+2060, the byte order mark U+FEFF, the soft
/// hyphen U+00AD, bidirectional marks, variation selectors …).
extension DeclarationChecks {
    /// The name without its invisible characters, or nil when it has none.
    public static func visible(_ name: String) -> String? {
        // Every default-ignorable code point's UTF-8 starts with one of these bytes: a name
        // without them (nearly every name, CJK or not) is not decoded at all.
        guard name.utf8.contains(where: { b in b == 0xC2 || b == 0xCD || b == 0xD8 || b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF || b == 0xF0 || b == 0xF3 }),
              name.unicodeScalars.contains(where: \.properties.isDefaultIgnorableCodePoint) else { return nil }
        var out = String.UnicodeScalarView()
        for u in name.unicodeScalars where !u.properties.isDefaultIgnorableCodePoint { out.append(u) }
        return String(out)
    }

    /// The name as a message shows it: each invisible character written as `<U+200B>`.
    public static func shown(_ name: String) -> String {
        var out = ""
        for u in name.unicodeScalars {
            if u.properties.isDefaultIgnorableCodePoint {
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A warning at each name that differs from another only by invisible characters, with
    /// a note at the other.
    static func invisibleTwins(in model: Model) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen: [String: String] = [:]
        model.symbols.forEachName { name in
            guard let v = visible(name) else { return }
            let twin: String? = model.symbols.first(v) != nil ? v : seen[v]
            if seen[v] == nil { seen[v] = name }
            guard let twin, twin != name, let here = model.symbols.first(name), let there = model.symbols.first(twin) else { return }
            out.append(Diagnostic(.warning, .invisibleName, .model(.invisibleTwin(shown(name), twin: shown(twin))), at: model.span(of: here),
                                  hint: .model(.invisibleTwinHint),
                                  notes: [DiagnosticNote(.model(.invisibleTwinDeclared(shown(twin))), at: model.span(of: there))]))
        }
        return out
    }
}
