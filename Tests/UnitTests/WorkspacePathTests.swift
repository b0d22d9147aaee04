import Testing
@testable import JXCore

/// Import paths made normal: by bytes where a path already is, by parts otherwise.
@Suite struct WorkspacePathTests {
    @Test func pathsNormalize() {
        let cases: [(String, String)] = [
            ("县0/部门1.jx", "县0/部门1.jx"), ("a/./b.jx", "a/b.jx"), ("a/../b.jx", "b.jx"), ("/x/y.jx", "/x/y.jx"),
            ("a//b.jx", "a/b.jx"), ("a/b/", "a/b"), ("../a.jx", "../a.jx"), (".hidden/a.jx", ".hidden/a.jx"),
            ("a/..b/c.jx", "a/..b/c.jx"), ("", ""), ("/", "/"), ("./a.jx", "a.jx"), ("é/./a.jx", "é/a.jx"),
        ]
        for (path, normal) in cases { #expect(Workspace.normalize(path) == normal, "\(path)") }
        #expect(Workspace.isNormal("县0/部门1.jx") && !Workspace.isNormal("a/./b") && !Workspace.isNormal("é/a"))
        #expect(Workspace.resolve("部门1.jx", relativeTo: "县0/汇总.jx") == "县0/部门1.jx")
        #expect(Workspace.resolve("../省.jx", relativeTo: "县0/汇总.jx") == "省.jx")
    }
}
