import Foundation
import Testing

/// The layers of ARCHITECTURE.md, as the code shows them: a folder of JXCore names only the
/// types of folders below it (never one beside or above), and extends only its own types.
/// A type belongs to the folder that declares it at the top level of a file.
@Suite struct ArchitectureTests {
    /// Lower first. Folders of one rank do not know each other.
    static let ranks: [String: Int] = [
        "Source": 0, "Number": 0, "Concurrency": 0,
        "Diagnostics": 1, "Units": 1, "Diff": 1,
        "Lexer": 2,
        "Syntax": 3,
        "Model": 4, "Format": 4,
        "Evaluate": 5, "TableImport": 5,
        "Rules": 6, "Policies": 6,
        "Workspace": 7,
        "Report": 8,
        "ScriptTests": 9, "Query": 9,
        "Session": 10,
    ]

    static let core = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/JXCore")

    struct File { let folder: String; let name: String; let code: String }

    static let files: [File] = {
        let fm = FileManager.default
        guard let walk = fm.enumerator(atPath: core.path) else { return [] }
        var out: [File] = []
        for case let path as String in walk where path.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: core.appendingPathComponent(path), encoding: .utf8) else { continue }
            out.append(File(folder: String(path.split(separator: "/")[0]), name: path, code: stripped(text)))
        }
        return out.sorted { $0.name < $1.name }
    }()

    /// The code without comments and string literals (their words are not references).
    static func stripped(_ text: String) -> String {
        var s = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #""(?:[^"\\\n]|\\.)*""#, with: "\"\"", options: .regularExpression)
        return s
    }

    static func matches(_ pattern: String, in s: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return [] }
        return re.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { m in
            Range(m.range(at: 1), in: s).map { String(s[$0]) }
        }
    }

    static let owners: [String: String] = {
        var o: [String: String] = [:]
        for f in files {
            for t in matches(#"^(?:public |internal |private |fileprivate )?(?:final )?(?:indirect )?(?:struct|enum|class|protocol|typealias) (\w+)"#, in: f.code) {
                o[t] = o[t] ?? f.folder
            }
        }
        return o
    }()

    @Test func everyFolderHasARank() {
        #expect(!ArchitectureTests.files.isEmpty)
        let folders = Set(ArchitectureTests.files.map(\.folder)).filter { !$0.hasSuffix(".swift") }
        for f in folders.sorted() { #expect(ArchitectureTests.ranks[f] != nil, "\(f) is not in ARCHITECTURE.md's layers") }
    }

    @Test func aFolderNamesOnlyTypesBelowIt() {
        var upward: [String] = []
        for f in ArchitectureTests.files {
            guard let mine = ArchitectureTests.ranks[f.folder] else { continue }
            for word in Set(ArchitectureTests.matches(#"\b([A-Z]\w*)\b"#, in: f.code)) {
                guard let owner = ArchitectureTests.owners[word], owner != f.folder, let theirs = ArchitectureTests.ranks[owner] else { continue }
                if theirs >= mine { upward.append("\(f.name) uses \(word) of \(owner)") }
            }
        }
        #expect(upward.isEmpty, "\(upward.sorted().joined(separator: "\n"))")
    }

    @Test func aFolderExtendsOnlyItsOwnTypes() {
        var foreign: [String] = []
        for f in ArchitectureTests.files {
            for t in ArchitectureTests.matches(#"^(?:public |internal )?extension (\w+)"#, in: f.code) {
                if let owner = ArchitectureTests.owners[t], owner != f.folder { foreign.append("\(f.name) extends \(t) of \(owner)") }
            }
        }
        #expect(foreign.isEmpty, "\(foreign.sorted().joined(separator: "\n"))")
    }
}
