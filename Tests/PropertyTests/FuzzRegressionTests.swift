import Testing
@testable import JXCore
import JXTestSupport

/// Inputs the fuzzer (Scripts/fuzz/run.sh) found to crash, hang or break an oracle, kept
/// in FuzzCorpus/ and run through the fuzzer's own steps: they must now pass.
@Suite struct FuzzRegressionTests {
    static let folder: String = {
        let here = #filePath
        return String(here[..<here.lastIndex(of: "/")!]) + "/FuzzCorpus"
    }()

    static var inputs: [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let e = readdir(dir) {
            let name = withUnsafePointer(to: e.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// An empty or missing folder would run no case and pass: the corpus must be there.
    @Test func theKeptFindingsAreThere() {
        #expect(FuzzRegressionTests.inputs.count >= 3, "no fuzz corpus in \(FuzzRegressionTests.folder)")
    }

    @Test(arguments: FuzzRegressionTests.inputs)
    func keptFindingPasses(name: String) throws {
        let path = FuzzRegressionTests.folder + "/" + name
        guard let f = fopen(path, "rb") else { Issue.record("cannot read \(path)"); return }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buf[0..<n])
        }
        FuzzSteps.run(bytes)
    }
}

#if canImport(Glibc)
import Glibc
#endif
