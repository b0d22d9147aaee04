import Foundation

/// Standard error and files, for the worker. A file is written beside its place and then
/// moved there, so an interrupted run leaves no half a file; without `force` it is linked
/// in, which fails if a file is there already: no race can overwrite one.
enum Output {
    static func err(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
    static func out(_ data: Data) { FileHandle.standardOutput.write(data) }

    enum WriteError: Error { case exists, failed(String) }

    static func write(_ data: Data, to path: String, force: Bool) throws(WriteError) {
        let fm = FileManager.default
        if !force, fm.fileExists(atPath: path) { throw .exists }
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).jx-tmp-\(getpid())")
        do { try data.write(to: tmp) } catch { throw .failed(error.localizedDescription) }
        defer { unlink(tmp.path) }
        if force {
            guard rename(tmp.path, path) == 0 else { throw .failed(String(cString: strerror(errno))) }
        } else {
            if link(tmp.path, path) != 0 {
                if errno == EEXIST { throw .exists }
                throw .failed(String(cString: strerror(errno)))
            }
        }
    }
}
