/// Indicators whose target and actual are written numbers (nearly all, in a large file)
/// read no other cell: their results do not depend on the order they are computed in.
/// A large model computes them first, on every core, with `LiteralReads`; the evaluator
/// then finds them computed. Any other indicator (a name, a pending reference, progress by
/// time, an undeclared unit) is left for the evaluator, so the results and diagnostics are
/// those of the sequential evaluation.
extension Evaluator {
    /// Below this many indicators, threads cost more than they save.
    static let parallelThreshold = 20_000

    /// Computes the written-number indicators on every core; returns, by indicator, 1 for
    /// those it computed (empty when it computed none). Their results are stored only with
    /// `keepsWrittenResults`; their diagnostics always are.
    func precomputeWrittenIndicators() -> [UInt8] {
        let n = model.indicators.count
        let cores = Parallel.cores
        guard allowsParallel, n >= Evaluator.parallelThreshold, cores > 1 else { return [] }
        let keep = keepsWrittenResults
        let indicators = model.indicators
        let units = model.units, sources = sourceMap, report = model.report
        let pending = cells.states.flags(of: .indicator, count: n)
        let parts = cores * 4
        var found: [[(Int, [Diagnostic])]] = []
        var done = [UInt8](repeating: 0, count: n)
        if keep, indicatorResults.count < n { indicatorResults.append(contentsOf: repeatElement(nil, count: n - indicatorResults.count)) }
        let map = sources ?? SourceMap()
        map.withByteViews { views in
            indicatorResults.withUnsafeMutableBufferPointer { results in
                done.withUnsafeMutableBufferPointer { done in
                    // Both buffers are written at disjoint indices, one thread per index.
                    nonisolated(unsafe) let results = results, done = done, views = views
                    found = Parallel.map(parts, workers: parts) { part in
                        var ctx = LiteralReads(units: units, sources: sources, views: views, report: report)
                        ctx.wantsTexts = keep
                        var quiet = QuietPlainLines(units: units)
                        var diagnostics: [(Int, [Diagnostic])] = []
                        for i in stride(from: n * part / parts, to: n * (part + 1) / parts, by: 1) where pending[i] & CellStates.computed == 0 {
                            if !keep, indicators.withUnsafeBufferPointer({ quiet.contains($0[i].decl) }) {
                                done[i] = 1
                                continue
                            }
                            ctx.gaveUp = false
                            ctx.diagnostics.removeAll(keepingCapacity: true)
                            let r = indicators.withUnsafeBufferPointer { Evaluator.computeIndicator($0[i].decl, level1: $0[i].level1, level2: $0[i].level2, &ctx) }
                            if ctx.gaveUp { continue }
                            if keep { results[i] = r }
                            done[i] = 1
                            if !ctx.diagnostics.isEmpty { diagnostics.append((i, ctx.diagnostics)) }
                        }
                        return diagnostics
                    }
                }
            }
        }
        for i in 0..<n where done[i] == 1 {
            let c = Cell(.indicator, i)
            // As `touch` does: what an earlier computation reported goes.
            if pending[i] & CellStates.hasDiagnostics != 0 { cells.diagnostics[c] = nil }
            cells.states.set(c, keep ? CellStates.computed : 0)
        }
        for part in 0..<parts {
            for (i, ds) in found[part] {
                let c = Cell(.indicator, i)
                cells.diagnostics[c] = ds
                cells.states.set(c, (keep ? CellStates.computed : 0) | CellStates.hasDiagnostics)
            }
        }
        return done
    }
}

/// Plain lines (`PlainLine`) that `check` knows report nothing without computing them:
/// target and actual in the same known unit (built in or declared) whose factor is small
/// (so `comparable` takes them as written and cannot overflow: their digits fit 64 bits),
/// and a target above zero (no zero or negative target to report). Such a line has no unit mismatch, no
/// judged rate, no grade; whatever its comparator, `computeIndicator` reports nothing for
/// it. Anything else is computed.
struct QuietPlainLines {
    let units: UnitTable
    /// The unit pairs judged so far, by their `PlainLines` and index; the last one apart.
    private var judged: [Key: Bool] = [:]
    private var last: (Key, Bool)?

    private struct Key: Hashable {
        let lines: ObjectIdentifier
        let pair: UInt16
    }

    init(units: UnitTable) { self.units = units }

    mutating func contains(_ d: IndicatorDecl) -> Bool {
        guard let (lines, line) = d.plainLine, line.targetDigits > 0 else { return false }
        let key = Key(lines: ObjectIdentifier(lines), pair: line.units)
        if let (k, quiet) = last, k == key { return quiet }
        let quiet: Bool
        if let known = judged[key] { quiet = known } else {
            quiet = sameSmallUnit(lines.units[Int(line.units)])
            judged[key] = quiet
        }
        last = (key, quiet)
        return quiet
    }

    private func sameSmallUnit(_ pair: PlainLines.Units) -> Bool {
        guard pair.target == pair.actual, let u = units.lookup(pair.target) else { return false }
        let f = u.factor
        return !f.isNegative && !f.isZero && f.num.magnitude >> 63 == 0 && f.den >> 63 == 0
    }
}
