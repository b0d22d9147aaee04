import Foundation
import JXCore

/// Standard output and error, for the worker. It writes no file: what it makes goes to
/// standard output, and jx writes it by its rules for every file.
enum Output {
    /// The language jx chose (`jx` hands its choice on in `JX_LANG`).
    static let language = ProcessInfo.processInfo.environment["JX_LANG"].flatMap(Language.init(setting:)) ?? .zh
    static func err(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
    static func out(_ data: Data) { FileHandle.standardOutput.write(data) }
}
