import JXCore

/// Loads a script given as text (imports resolve against `files`).
public func workspace(_ text: String, files: [String: String] = [:]) -> Workspace {
    Workspace(path: "test.jx", read: { path in
        if path == "test.jx" { return .success(Array(text.utf8)) }
        if let t = files[path] { return .success(Array(t.utf8)) }
        return .failure(.init("no such file"))
    })
}

/// The value of an expression in a script, as shown to a user.
public func value(_ text: String, _ expr: String) -> String {
    let ws = workspace(text)
    switch Evaluation.evaluate(expr, in: ws.evaluator) {
    case .success(let s): return s
    case .failure(let ds, _): return "error: " + ds.map(\.message).joined(separator: "; ")
    }
}

public func codes(_ text: String) -> [String] {
    workspace(text).diagnostics().map(\.code)
}
