import Foundation
import Testing
@testable import JXCore
import JXTestSupport

/// The differential REPL fuzzer: random what-if sessions (changed figures, weights and
/// constants, new indicators, undo, redo, reset, slips that must change nothing); after each,
/// what the live session reports must be what a fresh load of `:save --script` reports.
/// A fixed seed by default; `JX_REPL_FUZZ_SESSIONS=N JX_REPL_FUZZ_SEED=S swift test --filter
/// ReplDifferential` runs more, and a failure names the seed and the steps to replay.
@Suite struct ReplDifferentialTests {
    static let sessions = ProcessInfo.processInfo.environment["JX_REPL_FUZZ_SESSIONS"].flatMap { Int($0) } ?? 24
    static let firstSeed = ProcessInfo.processInfo.environment["JX_REPL_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1

    @Test func aSessionReportsWhatItsSavedScriptReports() throws {
        for k in 0..<UInt64(ReplDifferentialTests.sessions) {
            try ReplDifferentialTests.check(seed: ReplDifferentialTests.firstSeed &+ k)
        }
    }

    static func check(seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        let (s, _) = seed % 2 == 0 ? ReplFixtures.seed() : ReplFixtures.session(ReplFixtures.scored)
        var steps: [String] = []
        for _ in 0..<(8 + Int(rng.next() % 24)) {
            let step = try ReplDifferentialTests.step(&rng, s)
            steps.append(step)
            _ = s.handle(step)
            if s.isContinuing { s.cancelPending() }
        }
        guard case .ok(let text) = s.scriptWithChanges() else {
            Issue.record("seed \(seed): no script to save after \(steps)")
            return
        }
        let (fresh, _) = ReplFixtures.session(text)
        let live = try ReplDifferentialTests.results(s), saved = try ReplDifferentialTests.results(fresh)
        for key in live.keys.sorted() where live[key] != saved[key] {
            Issue.record("seed \(seed): `\(key)` differs after \(steps.map { "`\($0)`" }.joined(separator: ", "))\nlive:  \(live[key] ?? "")\nsaved: \(saved[key] ?? "")")
            return
        }
    }

    /// The JSON report's figures, lights and scores, each entry as canonical JSON (`indicators.3`);
    /// findings point at lines, which a saved script moves, so they are left out.
    static func results(_ s: ReplSession) throws -> [String: String] {
        let r = s.handle(":report json")
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any] ?? [:]
        var out: [String: String] = [:]
        func put(_ key: String, _ value: Any) throws {
            let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
            out[key] = String(decoding: data, as: UTF8.self)
        }
        for (key, value) in object where !["findings", "asserts"].contains(key) {
            if let list = value as? [Any] {
                // By name (a saved script declares a new indicator in its group, the session
                // lists it last).
                try put(key + ".count", list.count)
                for (k, v) in list.enumerated() {
                    let entry = v as? [String: Any]
                    let name = entry.flatMap { e in e["name"].map { "\(e["project"] ?? "")/\(e["path"] ?? "")/\($0)" } } ?? "\(k)"
                    try put("\(key).\(name)", v)
                }
            } else if key == "report", var header = value as? [String: Any] {
                // The session names itself a scenario of changes; a saved script is the script.
                header["scenario"] = nil
                try put(key, header)
            } else {
                try put(key, value)
            }
        }
        return out
    }

    /// One line an analyst might type, about what the session holds now.
    static func step(_ rng: inout SplitMix, _ s: ReplSession) throws -> String {
        let model = s.evaluator.model
        let names = model.indicators.map { SessionText.name($0.decl.name.text) }
        let targets = try ReplDifferentialTests.targets(s)
        func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[Int(rng.next() % UInt64(xs.count))] }
        func figure(_ unit: String) -> String {
            let n = rng.next() % 5 == 0 ? "0" : String(rng.next() % 2000)
            return rng.next() % 4 == 0 ? "\(n).\(rng.next() % 100)\(unit)" : n + unit
        }
        let name = pick(names) ?? "A"
        let unit = targets[name] ?? pick(["个", "亩", "%", "万元", "次"])!
        switch rng.next() % 14 {
        case 0, 1, 2: return "\(name).actual = \(figure(unit))"
        case 3: return "\(name).target = \(rng.next() % 2 == 0 ? "≥" : "")\(figure(unit))"
        case 4: return "\(name).weight = \(rng.next() % 30)"
        case 5: return "红灯线 = \(rng.next() % 100)%"
        case 6: return "indicator 新指标\(rng.next() % 4) target \(figure("个")) actual \(figure("个"))"
        case 7: return "产出 { 数量 { indicator 新增\(rng.next() % 3) target \(figure("亩")) actual \(figure("亩")) } }"
        case 8, 9: return ":undo"
        case 10: return ":redo"
        case 11: return rng.next() % 3 == 0 ? ":reset" : ":undo"
        case 12: return "\(name).actual = \(figure(unit == "个" ? "亩" : "个"))"  // a unit that does not fit: refused
        default: return pick(["\(name).nope = 1个", "\(name).actual =", "未知 = 3个", "(", "indicator"])!
        }
    }

    /// Each indicator's unit, as its target is shown (`100个` → `个`).
    static func targets(_ s: ReplSession) throws -> [String: String] {
        let r = s.handle(":report json")
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any] ?? [:]
        var out: [String: String] = [:]
        for case let i as [String: Any] in object["indicators"] as? [Any] ?? [] {
            guard let name = i["name"] as? String, let target = i["target"] as? String else { continue }
            let unit = String(target.reversed().prefix { !$0.isNumber && $0 != "." && $0 != " " }.reversed())
            if !unit.isEmpty, !unit.contains("\"") { out[SessionText.name(name)] = unit }
        }
        return out
    }
}
