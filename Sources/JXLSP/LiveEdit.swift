import JXCore

/// An edit taken in place: a change inside one line that holds one indicator, which reads
/// back as that indicator (same name, no syntax errors). The line is parsed alone, as a
/// file of its own; the indicator's declaration is put back into the model through the
/// model editor's `restore` (the REPL's undo), and the evaluator recomputes what depends on
/// it. An edit inside a comment, of spaces between tokens, or of blank lines only moves
/// places. Anything else (a new indicator, a budget, a rule, a name changed, an error on the
/// line) is a new analysis. After many edits in place the analysis is made anew as well, so the
/// map of spans stays short.
extension Analysis {
    static let maxEditsInPlace = 200

    /// Takes `edit` (bytes `old` of `before` replaced by `new` bytes, giving `after`) in
    /// place; false when it cannot, and the document must be analysed anew.
    func takeInPlace(old: Range<Int>, new: Int, before: SourceFile, after: SourceFile) -> Bool {
        guard workspace.unreadable == nil, map.shifts.count < Analysis.maxEditsInPlace, before.bytes == document.bytes else { return false }
        // One line before and after: no line break taken out or put in.
        let line = before.line(of: old.lowerBound)
        let lineBefore = before.lineRange(line)
        guard old.upperBound <= lineBefore.upperBound, after.lineStarts.count == before.lineStarts.count else { return false }
        let lineAfter = after.lineRange(line)
        guard lineAfter.upperBound - lineAfter.lowerBound == lineBefore.count - old.count + new else { return false }

        // The indicator declared on that line, and nothing else there.
        guard let i = indicator(on: lineBefore) else { return false }
        let m = model, ev = evaluator
        let oldDecl = m.indicators[i].decl
        guard let declNow = inDocument(oldDecl.span), declNow.lowerBound >= lineBefore.lowerBound, declNow.upperBound <= lineBefore.upperBound else { return false }
        // Findings that were made once, when the script was read, cannot be made again here.
        let declared = oldDecl.span
        for d in workspace.syntaxDiagnostics + workspace.buildDiagnostics where d.span.map({ $0.file == declared.file && $0.start < declared.end && declared.start < $0.end }) ?? true {
            return false
        }
        if ev.notes.contains(where: { $0.span.map { $0.file == declared.file && $0.start < declared.end && declared.start < $0.end } ?? false }) { return false }

        // The line alone, as a file of its own.
        let text = SourceFile(path: "<\(path) line \(line)>", bytes: Array(after.bytes[lineAfter]))
        guard ev.sourceMap != nil else { return false }
        let id = ev.sourceMap!.add(text)
        var parser = Parser(source: text, fileID: id)
        let script = parser.parseScript()
        guard parser.diagnostics.isEmpty, script.statements.count == 1, case .indicator(let d) = script.statements[0],
              d.name.text == oldDecl.name.text else { return false }

        map.edit(at: old.lowerBound, old: old.count, new: new)
        map.patch(file: id, base: lineAfter.lowerBound, length: lineAfter.count)
        document = after
        var node = m.indicators[i]
        node.decl = d
        let notesBefore = ev.notes.count
        ev.restore([.indicator(i, node)]) { _ in }
        diagnostics = workspace.findings(of: ev) + workspace.scenarioDiagnostics()
        forgetQuery()
        // A note the evaluator keeps outside its cells (a unit met for the first time)
        // would stay after the line changed again: such a line is analysed anew.
        return ev.notes.count == notesBefore
    }

    /// Takes in place an edit that no statement reads: inside a comment, or spaces added or
    /// taken away between tokens (not joining two, not splitting one). Only places move.
    func takeLayoutInPlace(old: Range<Int>, new: Int, before: SourceFile, after: SourceFile) -> Bool {
        guard workspace.unreadable == nil, map.shifts.count < Analysis.maxEditsInPlace, before.bytes == document.bytes,
              old.lowerBound + new <= after.bytes.count else { return false }
        let line = before.lineRange(before.line(of: old.lowerBound))
        let removed = before.bytes[old], added = after.bytes[old.lowerBound..<old.lowerBound + new]
        // A line read in place is read again instead (its spans are its own file's).
        guard !map.patches.contains(where: { q in (old.lowerBound < q.base + q.length && old.upperBound > q.base) || (old.isEmpty && old.lowerBound > q.base && old.lowerBound < q.base + q.length) }) else { return false }
        if removed.contains(0x0A) || added.contains(0x0A) {
            return takeBlankLines(old: old, new: new, removed: removed, added: added, line: line, before: before, after: after)
        }
        guard old.upperBound <= line.upperBound, !removed.contains(0x0D), !added.contains(0x0D) else { return false }
        // Where the edit starts: in code, in a quoted text or in a comment.
        var inQuote: UInt8? = nil, inComment = false
        var k = line.lowerBound
        let b = before.bytes
        while k < old.lowerBound {
            let c = b[k]
            if let q = inQuote {
                if q == 0x22, c == 0x5C { k += 2; continue }
                if q == 0x22 ? c == 0x22 : (c == 0xE2 && k + 2 < b.count && b[k + 1] == 0x80 && b[k + 2] == 0x9D) { inQuote = nil }
            } else if c == 0x23 {
                inComment = true
                break
            } else if c == 0x22 {
                inQuote = 0x22
            } else if c == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0x9C {
                inQuote = 0x9C
            }
            k += 1
        }
        if !inComment {
            guard inQuote == nil else { return false }
            func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
            // Blanks, then perhaps a comment to the end of the line.
            func layout(_ s: ArraySlice<UInt8>) -> Bool {
                let rest = s.drop(while: blank)
                return rest.isEmpty || (rest.first == 0x23 && old.upperBound == line.upperBound)
            }
            guard layout(removed), layout(added), !(removed.isEmpty && added.isEmpty) else { return false }
            let left = old.lowerBound > line.lowerBound ? b[old.lowerBound - 1] : 0x20
            let right = old.upperBound < line.upperBound ? b[old.upperBound] : 0x20
            guard blank(left) || blank(right) || (!removed.isEmpty && !added.isEmpty) else { return false }
        }
        map.edit(at: old.lowerBound, old: old.count, new: new)
        document = after
        return true
    }

    /// Blank lines typed or taken away: an edit of blanks and line breaks only, from the tail
    /// of one line (nothing but blanks after it) to the tail of another, so that every token
    /// keeps its line and the line breaks between two tokens stay one or more.
    private func takeBlankLines(old: Range<Int>, new: Int, removed: ArraySlice<UInt8>, added: ArraySlice<UInt8>, line: Range<Int>,
                                before: SourceFile, after: SourceFile) -> Bool {
        func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
        let b = before.bytes
        guard removed.allSatisfy(space), added.allSatisfy(space) else { return false }
        // Only blanks from the edit's start to its line's end, and from its end to the next line break.
        guard b[old.lowerBound..<line.upperBound].allSatisfy(blank) else { return false }
        var k = old.upperBound
        while k < b.count, b[k] != 0x0A {
            guard blank(b[k]) else { return false }
            k += 1
        }
        // Not in a quoted text (one ends at its line's end).
        var inQuote = false
        for c in b[line.lowerBound..<old.lowerBound] where c == 0x22 { inQuote.toggle() }
        guard !inQuote, !before.text(line).contains("“") else { return false }
        map.edit(at: old.lowerBound, old: old.count, new: new)
        document = after
        return true
    }

    /// The indicator whose declaration is on `line` (a byte range of the document now).
    func indicator(on line: Range<Int>) -> Int? {
        let (file, start) = map.then(line.lowerBound)
        let m = model
        if file != mainFile {
            // A line read in place before: its one indicator.
            return m.indicators.indices.first { m.indicators[$0].decl.span.file == file }
        }
        let (_, end) = map.then(line.upperBound)
        // The first indicator starting on the line as loaded.
        var lo = 0, hi = indicatorStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if indicatorStarts[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        guard lo < indicatorStarts.count, indicatorStarts[lo].start <= end else { return nil }
        // Two on one line (`;`): not in place.
        if lo + 1 < indicatorStarts.count, indicatorStarts[lo + 1].start <= end { return nil }
        let i = indicatorStarts[lo].index
        return m.indicators[i].decl.span.file == mainFile ? i : nil
    }
}
