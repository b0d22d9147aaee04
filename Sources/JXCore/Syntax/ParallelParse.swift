/// Parses a large file on several cores, with exactly the result of one sequential parse.
///
/// The file is cut at lines that start with `indicator`/`指标` near equal shares of its
/// size. Each part is parsed from its cut to the next. A part's result counts only if
/// the part before it really ended at that cut between two top-level statements (see
/// `Parser.stop`): then the sequential parse would have been in the very state a fresh
/// parser starts in. If it ran past the cut instead (a block or an expression spanning
/// it, or nesting too deep), it parsed on to the end of the file itself and the later
/// parts are dropped. So the cuts are only guesses, checked by the parser.
public enum ParallelParse {
    /// Files smaller than this are parsed in one piece.
    public static let minimumSize = 1 << 20

    public static func parse(_ source: SourceFile, fileID: Int, parts requested: Int = ParallelParse.cores, minimumSize: Int = ParallelParse.minimumSize) -> (Script, [Diagnostic]) {
        let (s, ds, _) = parseCounting(source, fileID: fileID, parts: requested, minimumSize: minimumSize)
        return (s, ds)
    }

    /// `parse`, and how many parts were used (public for the tests and the fuzzer, which
    /// check a parse in parts against the sequential one).
    public static func parseCounting(_ source: SourceFile, fileID: Int, parts requested: Int, minimumSize: Int) -> (Script, [Diagnostic], Int) {
        let cuts = requested > 1 && source.bytes.count >= minimumSize ? boundaries(source.bytes, parts: requested) : []
        if cuts.isEmpty {
            var p = Parser(source: source, fileID: fileID)
            let s = p.parseScript()
            return (s, p.diagnostics, 1)
        }
        let starts = [0] + cuts
        let results = Parallel.map(starts.count, workers: starts.count) { k in
            var p = Parser(source: source, fileID: fileID, keepComments: false, from: starts[k], to: k + 1 < starts.count ? starts[k + 1] : nil)
            let s = p.parseScript()
            return (s.statements, p.diagnostics, p.stoppedAtBoundary, (p.chineseKeywords, p.englishKeywords))
        }
        var statements: [Statement] = []
        var diagnostics: [Diagnostic] = []
        var used = 0
        var keywords = (chinese: 0, english: 0)
        for k in 0..<starts.count {
            var (ss, ds, clean, counted) = results[k]
            // A part's hints list keywords in the language of the statements before them
            // (`writesChinese`), which a part parsed on its own did not see: a part with
            // anything to say is parsed again, knowing them. What it counts does not depend
            // on them, so the parts after it stand. Errors are rare in a file large enough
            // to be cut, so this costs nothing in practice.
            if k > 0, !ds.isEmpty {
                var p = Parser(source: source, fileID: fileID, keepComments: false, from: starts[k], to: k + 1 < starts.count ? starts[k + 1] : nil)
                (p.chineseKeywords, p.englishKeywords) = keywords
                ss = p.parseScript().statements
                (ds, clean) = (p.diagnostics, p.stoppedAtBoundary)
            }
            keywords = (keywords.chinese + counted.0, keywords.english + counted.1)
            if statements.isEmpty { statements = ss } else { statements.append(contentsOf: ss) }
            diagnostics.append(contentsOf: ds)
            used += 1
            if !clean { break }
        }
        return (Script(fileID: fileID, statements: statements, comments: []), diagnostics, used)
    }

    public static var cores: Int { Parallel.cores }

    /// Offsets of line starts beginning with `indicator ` or `指标 ` near `i/parts` of the
    /// file, in order, without duplicates.
    static func boundaries(_ bytes: [UInt8], parts: Int) -> [Int] {
        let indicator: [UInt8] = Array("indicator".utf8), zhibiao: [UInt8] = Array("指标".utf8)
        var out: [Int] = []
        bytes.withUnsafeBufferPointer { p in
            func startsStatement(_ i: Int) -> Bool {
                for word in [indicator, zhibiao] where i + word.count < p.count {
                    var k = 0
                    while k < word.count, p[i + k] == word[k] { k += 1 }
                    if k == word.count, p[i + k] == 0x20 || p[i + k] == 0x09 { return true }
                }
                return false
            }
            for part in 1..<parts {
                var i = p.count / parts * part
                // The next line start that begins an indicator, looking at most 64 KiB on.
                let limit = min(p.count, i + 65536)
                while i < limit, p[i] != 0x0A { i += 1 }
                i += 1
                while i < limit, !startsStatement(i) {
                    while i < limit, p[i] != 0x0A { i += 1 }
                    i += 1
                }
                if i < limit, out.last.map({ $0 < i }) ?? true { out.append(i) }
            }
        }
        return out
    }
}
