import Foundation
import JXCore

/// The package's own scripts and ways to evaluate a text as if it were one of them.
public enum Fixtures {
    /// The package root: the nearest folder above this file with a Package.swift.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// Every .jx under Scripts/, sorted, as paths relative to the root.
    public static let scripts: [String] = {
        let base = root + "/Scripts"
        let all = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".jx") }.sorted().map { "Scripts/" + $0 }
    }()

    public static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path.hasPrefix("/") ? path : root + "/" + path, encoding: .utf8)) ?? ""
    }

    /// A workspace whose main file has `text`; imports are read from disk.
    public static func workspace(_ text: String, path: String) -> Workspace {
        let full = path.hasPrefix("/") ? path : root + "/" + path
        return Workspace(path: full, read: { p in
            if p == full { return .success(Array(text.utf8)) }
            guard let d = FileManager.default.contents(atPath: p) else { return .failure(.init("no such file")) }
            return .success(Array(d))
        })
    }

    /// What the script means, as the JSON report of the base and of each scenario, with the
    /// places of findings left out (formatting moves lines; it must not change anything else).
    public static func meaning(_ text: String, path: String) -> String {
        let ws = workspace(text, path: path)
        var parts = [stripLocations(ReportFormat.json.render(ReportData(workspace: ws)))]
        for sc in ws.model.scenarios {
            guard let s = ws.scenario(named: sc.name.text) else { continue }
            let results = AssertRunner(evaluator: s.evaluator).run(s.asserts, scenario: sc.name.text)
            let findings = ws.diagnostics() + s.diagnostics + results.filter { !$0.passed }.map(\.diagnostic)
            let data = ReportData(workspace: ws, evaluator: s.evaluator, scenario: sc.name.text, findings: findings)
            parts.append(stripLocations(ReportFormat.json.render(data)))
            parts.append(results.map { "\($0.passed) \($0.actual ?? "-") \($0.expected ?? "-")" }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n----\n")
    }

    public static func stripLocations(_ json: String) -> String {
        guard var root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return json }
        if let findings = root["findings"] as? [[String: Any]] {
            // A note's place is a place too (where a name was first declared).
            root["findings"] = findings.map { f in
                var f = f.filter { $0.key != "line" && $0.key != "column" }
                if let notes = f["notes"] as? [[String: Any]] { f["notes"] = notes.map { n in n.filter { $0.key != "line" && $0.key != "column" } } }
                return f
            }
        }
        guard let d = try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted]) else { return json }
        return String(decoding: d, as: UTF8.self)
    }

    public static func format(_ text: String) -> String? {
        if case .formatted(let t) = Formatter.format(text) { return t }
        return nil
    }

    /// The comments of a text, in order.
    public static func comments(_ text: String) -> [String] {
        let file = SourceFile(path: "c", text: text)
        var lexer = Lexer(source: file, fileID: 0)
        lexer.keepComments = true
        while lexer.next().kind != .eof {}
        return lexer.comments.map { file.text($0).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The tokens of a text that carry meaning (line ends and `;` are separators), as text.
    public static func tokens(_ text: String) -> [String] {
        let file = SourceFile(path: "t", text: text)
        var lexer = Lexer(source: file, fileID: 0)
        var out: [String] = []
        while true {
            let t = lexer.next()
            if t.kind == .eof { break }
            if t.kind == .newline || t.kind == .semicolon { continue }
            out.append(file.text(t.start..<max(t.end, t.unitEnd)))
        }
        return out
    }
}
