/// The files a script will load, foreseen from their `import` lines and parsed on every core
/// before the loader asks for them. A province is hundreds of department files, and parsing
/// them one after another was a fifth of `jx check`.
///
/// The loader gives each file the next number as it reaches it, depth first, and a file's
/// spans carry its number: a file can only be parsed ahead if its number is known. So the
/// loader's walk is played through once on the `import` lines found by bytes (`ImportLines`)
/// and each file parsed under the number it would get. The loader then takes a parse only
/// where its own walk gives the same number to the same path and bytes; anywhere the
/// foresight was wrong (an import the lines did not show) it parses as before. The result
/// is always the sequential one.
struct ParseAhead {
    struct Parsed {
        var file: SourceFile
        var script: Script
        var diagnostics: [Diagnostic]
    }

    private var parsed: [Int: Parsed] = [:]
    /// The files as read ahead, by path: the loader reads each once.
    private(set) var bytes: [String: [UInt8]] = [:]

    /// Foresees and parses what `mainPath` loads, with the loader's `read`, `admit` and
    /// policies (a file the host refuses is not read ahead either); parses only when the
    /// files hold `minimumSize` bytes in all (below it threads cost more than they save).
    init(mainPath: String, read: Workspace.FileReader, admit: Workspace.Admission?, policies: [String: String], minimumSize: Int) {
        guard Parallel.cores > 1 else { return }
        var files: [(id: Int, path: String, bytes: [UInt8])] = []
        var loaded = Set<String>(), loading = Set<String>()
        var total = 0
        var read = (bytes: [String: [UInt8]](), reader: read)
        func visit(_ path: String) {
            var key = Workspace.normalize(path)
            if let admit {
                guard case .success(let identity) = admit(path, mainPath) else { return }
                key = identity
            }
            guard !loaded.contains(key), !loading.contains(key) else { return }
            loading.insert(key)
            defer { loading.remove(key); loaded.insert(key) }
            guard case .success(let b) = read.reader(path), b.count < Workspace.maxFileSize else { return }
            files.append((files.count, path, b))
            read.bytes[path] = b
            total += b.count
            for line in ImportLines.of(b) {
                switch line {
                case .policy(let name):
                    guard !loaded.contains("policy:" + name) else { continue }
                    loaded.insert("policy:" + name)
                    if let text = policies[name] { files.append((files.count, "<policy \(name)>", Array(text.utf8))) }
                case .file(let p):
                    if Workspace.isScriptName(p) { visit(Workspace.resolve(p, relativeTo: path)) }
                }
            }
        }
        visit(mainPath)
        bytes = read.bytes
        guard files.count > 1, total >= minimumSize else { return }
        let foreseen = files
        let results = Parallel.map(foreseen.count) { k in
            let file = SourceFile(path: foreseen[k].path, bytes: foreseen[k].bytes)
            let (s, ds) = ParallelParse.parse(file, fileID: foreseen[k].id)
            return Parsed(file: file, script: s, diagnostics: ds)
        }
        for (k, r) in results.enumerated() { parsed[foreseen[k].id] = r }
    }

    /// The parse of `path` under number `id`, when it was foreseen so and the bytes are the same.
    func parsed(_ id: Int, path: String, bytes b: [UInt8]) -> Parsed? {
        guard let p = parsed[id], p.file.path == path, p.file.bytes == b else { return nil }
        return p
    }
}

/// A file's `import` lines found by bytes: a line that starts (after spaces) with a spelling
/// of `import` (`导入`), then a quoted path, or a spelling of `policy` (`政策`) and a name.
/// Only a guess of what the parser will find (`ParseAhead` checks it); a path with a
/// backslash escape is not guessed at. The grammar is `Grammar/jx.ebnf`'s `import`.
enum ImportLines {
    enum Line: Equatable {
        case file(String)
        case policy(String)
    }

    static func of(_ bytes: [UInt8]) -> [Line] {
        var out: [Line] = []
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                var end = i
                while end < n, p[end] != 0x0A { end += 1 }
                if let line = parse(p, i, end) { out.append(line) }
                i = end + 1
            }
        }
        return out
    }

    private static let importWords = Keyword.importKw.spellings.map { Array($0.utf8) }
    private static let policyWords = Keyword.policy.spellings.map { Array($0.utf8) }

    private static func parse(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Line? {
        var i = skipSpaces(p, start, end)
        guard let afterImport = word(p, i, end, importWords) else { return nil }
        i = skipSpaces(p, afterImport, end)
        guard i > afterImport, i < end else { return nil }
        if p[i] == UInt8(ascii: "\"") {
            return quoted(p, i, end).map { .file($0) }
        }
        guard let afterPolicy = word(p, i, end, policyWords) else { return nil }
        i = skipSpaces(p, afterPolicy, end)
        guard i > afterPolicy, i < end else { return nil }
        if p[i] == UInt8(ascii: "\"") { return quoted(p, i, end).map { .policy($0) } }
        var j = i
        while j < end, p[j] != 0x20, p[j] != 0x09, p[j] != 0x0D, p[j] != UInt8(ascii: "#") { j += 1 }
        return .policy(String(decoding: UnsafeBufferPointer(rebasing: p[i..<j]), as: UTF8.self))
    }

    private static func skipSpaces(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
        return i
    }

    /// Past one of `words` at `i`, or nil.
    private static func word(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ words: [[UInt8]]) -> Int? {
        for w in words where end - i >= w.count {
            var k = 0
            while k < w.count, p[i + k] == w[k] { k += 1 }
            if k == w.count { return i + k }
        }
        return nil
    }

    /// The text between the quote at `i` and the next, when it holds no backslash.
    private static func quoted(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> String? {
        var j = i + 1
        while j < end, p[j] != UInt8(ascii: "\"") {
            if p[j] == UInt8(ascii: "\\") { return nil }
            j += 1
        }
        guard j < end else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<j]), as: UTF8.self)
    }
}
