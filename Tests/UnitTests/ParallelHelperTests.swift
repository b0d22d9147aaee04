import Dispatch
import Testing
@testable import JXCore
import JXTestSupport

/// `Parallel` is what every parallel step stands on (parse, symbol table, evaluation, the
/// command line's files): results in job order, every job run once, never more threads
/// than asked.
@Suite struct ParallelHelperTests {
    @Test(arguments: [0, 1, 2, 7, 64, 1000])
    func resultsComeInJobOrder(count: Int) {
        for workers in [1, 2, 3, count, count + 5] where workers > 0 {
            let got = Parallel.map(count, workers: workers) { $0 * $0 }
            #expect(got == (0..<count).map { $0 * $0 }, "workers \(workers)")
        }
    }

    @Test func everyJobRunsOnce() {
        let runs = Tally(1000)
        Parallel.forEach(1000, workers: 3) { runs.add($0) }
        #expect(runs.counts == Array(repeating: 1, count: 1000))
        let parts = Tally(16)
        Parallel.forEach(16, workers: 16) { parts.add($0) }
        #expect(parts.counts == Array(repeating: 1, count: 16))
    }

    @Test func noMoreThreadsThanWorkers() {
        let running = Tally(1)
        Parallel.forEach(200, workers: 2) { _ in
            running.enter()
            for _ in 0..<2000 { _ = running.counts.count }
            running.leave()
        }
        #expect(running.most <= 2)
        #expect(Parallel.cores >= 1)
    }

    /// Counts under a lock, for the tests only.
    final class Tally: @unchecked Sendable {
        private var slots: [Int]
        private var inFlight = 0
        private(set) var most = 0
        private let lock = DispatchQueue(label: "test.tally")
        init(_ n: Int) { slots = Array(repeating: 0, count: n) }
        var counts: [Int] { lock.sync { slots } }
        func add(_ i: Int) { lock.sync { slots[i] += 1 } }
        func enter() { lock.sync { inFlight += 1; most = max(most, inFlight) } }
        func leave() { lock.sync { inFlight -= 1 } }
    }
}
