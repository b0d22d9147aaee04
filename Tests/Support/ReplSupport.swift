import Foundation
import JXCore

/// An in-memory folder for REPL sessions: reads, atomic writes and absolute paths
/// without touching the disk.
public final class ReplDisk: @unchecked Sendable {
    public var files: [String: String]
    /// What `:report docx FILE` wrote: the parts the host would zip.
    public var packages: [String: [ReportPart]] = [:]
    public init(_ files: [String: String] = [:]) { self.files = files }

    public var access: ReplFiles {
        ReplFiles(
            read: { [self] p in
                if let t = files[ReplDisk.abs(p)] { return .success(Array(t.utf8)) }
                return .failure(.init("no such file"))
            },
            // The host's rules (`FileWrite` in the command line): a file that exists only
            // when asked, never an input.
            write: { [self] p, t, rules in
                let key = ReplDisk.abs(p)
                if rules.inputs.contains(where: { ReplDisk.abs($0) == key }) { return .failure(.init("it is a script read here", kind: .input)) }
                if files[key] != nil, !rules.replace { return .failure(.init("it exists", kind: .exists)) }
                files[key] = t
                return .success(())
            },
            exists: { [self] p in files[ReplDisk.abs(p)] != nil },
            absolute: { ReplDisk.abs($0) },
            writePackage: { [self] p, parts, _, rules in
                let key = ReplDisk.abs(p)
                if rules.inputs.contains(where: { ReplDisk.abs($0) == key }) { return .failure(.init("it is a script read here", kind: .input)) }
                if packages[key] != nil || files[key] != nil, !rules.replace { return .failure(.init("it exists", kind: .exists)) }
                packages[key] = parts
                return .success(())
            })
    }

    public static func abs(_ p: String) -> String { p.hasPrefix("/") ? p : "/work/" + p }
}

public enum ReplFixtures {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let seedText = (try? String(contentsOf: root.appendingPathComponent("Scripts/examples/qiemo-2021.jx"), encoding: .utf8)) ?? ""

    /// A session over the seed script, loaded from an in-memory `qiemo.jx`.
    public static func seed() -> (ReplSession, ReplDisk) {
        let disk = ReplDisk(["/work/qiemo.jx": seedText])
        let s = ReplSession(files: disk.access)
        _ = s.load("qiemo.jx")
        return (s, disk)
    }

    public static func session(_ text: String) -> (ReplSession, ReplDisk) {
        let disk = ReplDisk(["/work/test.jx": text])
        let s = ReplSession(files: disk.access)
        _ = s.load("test.jx")
        return (s, disk)
    }

    /// A scored script: lights and scores of groups and the total move by differences.
    public static let scored = """
    import policy 预警
    import policy 自评评分
    report 测试 {
      year 2021
      node 2021-06-30
    }
    budget 总预算 100万元 {
      arrived 50万元
      spent 工资 30万元
    }
    产出 {
      数量 {
        indicator A target 100个 actual 30个
        indicator B target 10次 actual 9次
      }
      质量 {
        indicator C target ≥98% actual 90%
      }
    }
    效益 {
      社会效益 {
        indicator D target "明显提升" actual "有所提升" rate 70%
      }
    }
    满意度 {
      服务对象满意度 {
        indicator E target ≥90% actual 95%
      }
    }
    """
}
