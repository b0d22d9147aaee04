/// The outcome of `jx test` on one script: a case per assertion (of the script itself and
/// of each of its scenarios), one for errors in the script, one for its expected report.
public struct TestCase: Sendable {
    public enum Kind: String, Sendable {
        /// An `assert`.
        case assertion
        /// The script (or an import) has errors: everything else is in doubt.
        case scriptErrors
        /// A scenario could not be applied.
        case scenario
        /// The report compared with `NAME.expected`.
        case expectedReport
    }

    public var kind: Kind
    /// What the case checks, on one line: `assert 时间进度 == 50%`.
    public var name: String
    public var scenario: String?
    public var file: String
    public var line: Int?
    public var column: Int?
    public var passed: Bool
    /// The source line the assertion is on.
    public var sourceLine: String?
    public var expected: String?
    public var actual: String?
    /// Why it failed, on one line.
    public var message: String?
    /// The assertion's own words (`assert … "说明"`).
    public var note: String?
    /// More: rendered diagnostics, or a unified diff of the expected report.
    public var details: String?

    public init(kind: Kind, name: String, file: String, passed: Bool) {
        self.kind = kind
        self.name = name
        self.file = file
        self.passed = passed
    }
}

public struct ScriptTestResult: Sendable {
    public var path: String
    public var cases: [TestCase] = []
    /// Seconds spent, for JUnit's `time`.
    public var seconds: Double = 0
    /// Set when `jx test --update` wrote the expected report.
    public var updatedExpected = false
    /// The files the test read (the script, its imports, its expected report): no output of
    /// the run may be written over them.
    public var inputs: [String] = []

    public init(path: String) { self.path = path }

    public var passed: Int { cases.filter(\.passed).count }
    public var failed: Int { cases.count - passed }
}
