import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// What-if latency on a big model: `JX_BENCH=100000 swift test --disable-xctest --filter ReplBenchmark`
/// (a debug build; skipped unless asked). The release figure, per line, comes from the binary:
/// `swift build -c release && .build/release/jx repl --timing big.jx < changes.txt 2> times.txt`.
/// Measured here (2 shared cores, 10^6 indicators under `import policy 预警`, release): a field
/// set 109 µs median (p99 185 µs), an indicator declared again 103 µs, undo 74 µs, redo 82 µs.
@Suite struct ReplBenchmarkTests {
    static let size = Int(ProcessInfo.processInfo.environment["JX_BENCH"] ?? "") ?? 0

    @Test(.enabled(if: size > 0)) func aChangeAnswersInWellUnderAMillisecond() {
        let n = ReplBenchmarkTests.size
        var text = "import policy 预警\nreport 大 {\n  node 2021-06-30\n}\n产出 {\n"
        text.reserveCapacity(n * 48)
        let perGroup = 1000
        for g in 0..<max(1, n / perGroup) {
            text += "  组\(g) {\n"
            for k in 0..<perGroup where g * perGroup + k < n { text += "    indicator 指标\(g * perGroup + k) target 100个 actual \(k % 100)个\n" }
            text += "  }\n"
        }
        text += "}\n"
        let clock = ContinuousClock()
        var session: ReplSession!
        let load = clock.measure { session = ReplFixtures.session(text).0 }
        var times: [Duration] = []
        for k in 0..<200 {
            let i = (k * 7919) % n
            let line = "指标\(i).actual = \(k % 150)个"
            var reply = ReplSession.Reply()
            times.append(clock.measure { reply = session.handle(line) })
            #expect(reply.errors.isEmpty)
        }
        var undo: [Duration] = []
        for _ in 0..<100 { undo.append(clock.measure { _ = session.handle(":undo") }) }
        times.sort()
        undo.sort()
        let line = "bench: \(n) indicators, load \(load); change median \(times[times.count / 2]), p99 \(times[times.count * 99 / 100]); undo median \(undo[undo.count / 2]); cells per change \(session.lastRecomputed)\n"
        FileHandle.standardError.write(line.data(using: .utf8)!)
        #expect(times[times.count / 2] < .milliseconds(50))
    }
}
