/// Where the spans of a live analysis are in the document now. The analysis was loaded
/// from one text of its main file; edits taken in place since then move what follows them
/// (`shifts`), and each line changed in place was read from a text of its own, a file whose
/// byte 0 now stands at `base` in the document (`patches`). Offsets are bytes.
struct SpanMap {
    struct Shift {
        var at: Int
        var old: Int
        var new: Int
    }

    struct Patch {
        var file: Int
        var base: Int
        var length: Int
    }

    let mainFile: Int
    private(set) var shifts: [Shift] = []
    private(set) var patches: [Patch] = []

    init(mainFile: Int) { self.mainFile = mainFile }

    /// Bytes `at ..< at + old` of the document (as it was) became `new` bytes. A line read
    /// in place that the edit touches is that line no more.
    mutating func edit(at: Int, old: Int, new: Int) {
        shifts.append(Shift(at: at, old: old, new: new))
        // A line is changed by an edit of its bytes, not by one just before or after it.
        patches.removeAll { q in (at < q.base + q.length && at + old > q.base) || (old == 0 && at > q.base && at < q.base + q.length) }
        for k in patches.indices where patches[k].base >= at + old { patches[k].base += new - old }
    }

    /// Line `base ..< base + length` of the document is now read from `file`: it replaces
    /// whatever was read for that line before.
    mutating func patch(file: Int, base: Int, length: Int) {
        patches.removeAll { $0.base <= base + length && base <= $0.base + $0.length }
        patches.append(Patch(file: file, base: base, length: length))
    }

    /// The document offset now of `offset` in `file`, or nil when the file is neither the
    /// main file nor a line read in place (an import, a policy).
    /// An `end` (of a span) stays before text typed right at it; a start moves after it.
    func now(_ offset: Int, file: Int, end: Bool = false) -> Int? {
        if file == mainFile {
            var p = offset
            for s in shifts {
                let after = end ? p > s.at + s.old || (p == s.at + s.old && s.old > 0) : p >= s.at + s.old
                if after { p += s.new - s.old } else if p > s.at { p = s.at }
            }
            return p
        }
        for q in patches where q.file == file { return q.base + offset }
        return nil
    }

    /// The file and offset the analysis knows a document offset (now) by.
    func then(_ offset: Int) -> (file: Int, offset: Int) {
        for q in patches where offset >= q.base && offset <= q.base + q.length { return (q.file, offset - q.base) }
        var p = offset
        for s in shifts.reversed() {
            if p >= s.at + s.new { p -= s.new - s.old } else if p > s.at { p = s.at }
        }
        return (mainFile, p)
    }
}
