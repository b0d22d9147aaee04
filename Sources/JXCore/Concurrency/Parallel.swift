#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The one way work is spread over the cores, by the core (parsing, the symbol table,
/// evaluation) and by the command line (a file per job) alike. Jobs are numbered; each
/// result has a slot of its own, written by the one thread that ran its job and read only
/// after every job has finished, so the slots need no lock and the results come back in
/// job order: a parallel run gives exactly what a sequential one would.
public enum Parallel {
    /// How many cores the machine has (at least one).
    public static let cores: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// `job(i)` for every `i` in `0 ..< count`, on at most `workers` threads at once.
    ///
    /// With as many workers as jobs (the core's cuts into equal parts), each job is one
    /// iteration of `concurrentPerform`, which the system spreads over the cores. With
    /// fewer (the command line: a job per file, more files than cores or `--jobs`), that
    /// many threads each take the next job when done with one: files differ in size, and
    /// a fixed share per thread would leave one of them with the large ones.
    public static func forEach(_ count: Int, workers: Int = cores, _ job: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let threads = max(1, min(workers, count))
        if threads == count {
            DispatchQueue.concurrentPerform(iterations: count, execute: job)
            return
        }
        let queue = JobQueue(count)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let i = queue.take() { job(i) }
        }
    }

    /// `forEach`, keeping what each job returns: the results in job order.
    public static func map<T>(_ count: Int, workers: Int = cores, _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count)
        forEach(count, workers: workers) { i in slots.set(i, job(i)) }
        return slots.values()
    }

    /// Hands out job numbers, each once: the only lock, taken once per job.
    private final class JobQueue: @unchecked Sendable {
        private var next = 0
        private let count: Int
        private let lock = DispatchQueue(label: "jx.parallel.jobs")
        init(_ count: Int) { self.count = count }
        func take() -> Int? {
            lock.sync {
                guard next < count else { return nil }
                next += 1
                return next - 1
            }
        }
    }

    /// One slot per job. Unlocked: a slot is written by one thread, and read after
    /// `concurrentPerform` has returned, which orders every write before the reads.
    private final class Slots<T>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<T?>
        init(_ count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
        func set(_ i: Int, _ value: T) { buffer[i] = value }
        func values() -> [T] { buffer.map { $0! } }
    }
}
