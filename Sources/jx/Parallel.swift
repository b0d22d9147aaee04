#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Runs independent jobs on every core and returns their results in job order. Each job
/// builds its own workspace and evaluator, so nothing is shared between threads but the
/// result slots, each written by exactly one job.
enum Parallel {
    static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    static func map<T: Sendable>(_ count: Int, workers: Int = cores, _ job: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count)
        let queue = Queue(count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let i = queue.take() { slots.set(i, job(i)) }
        }
        return slots.values()
    }

    /// Hands out job numbers, each once.
    private final class Queue: @unchecked Sendable {
        private var next = 0
        private let count: Int
        private let lock = DispatchQueue(label: "jx.parallel.queue")
        init(_ count: Int) { self.count = count }
        func take() -> Int? {
            lock.sync {
                guard next < count else { return nil }
                next += 1
                return next - 1
            }
        }
    }

    /// One slot per job; a slot is written by one thread and read after all have finished.
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
