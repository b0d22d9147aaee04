internal import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes Ctrl-C interrupt a blocking read instead of killing the process.
///
/// The default SIGINT action terminates jx (with the terminal left in raw
/// mode). A do-nothing handler installed WITHOUT SA_RESTART makes the pending
/// read() fail with EINTR, which the reader turns into `.interrupted`. The
/// handler is installed only while waiting for input, so Ctrl-C during a long
/// evaluation keeps whatever behaviour the host program chose.
enum SigintInterruption {
    static func whileWaiting<R>(_ body: () -> R) -> R {
        var previous = sigaction()
        let installed = jx_sigint_install(&previous) == 0
        defer {
            if installed { _ = jx_sigint_restore(&previous) }
        }
        return body()
    }
}
