/// The stable code of a diagnostic (`E-unit-mismatch`), typed so that a misspelt code does not
/// compile and a table keyed by codes (the reports' lead-ins) can be checked against every one.
/// The text stays the same in both languages: tests, tools and CI read it.
public struct DiagnosticCode: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    private init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// A script's own rule's finding: `R-` and the rule's name.
    public static func rule(_ name: String) -> DiagnosticCode { DiagnosticCode("R-" + name) }

    public static let actualNotNumber = DiagnosticCode("E-actual-not-number")
    public static let ambiguous = DiagnosticCode("E-ambiguous")
    public static let assert = DiagnosticCode("E-assert")
    public static let assignOutsideScenario = DiagnosticCode("E-assign-outside-scenario")
    public static let budgetAmount = DiagnosticCode("E-budget-amount")
    public static let change = DiagnosticCode("E-change")
    public static let compare = DiagnosticCode("E-compare")
    public static let cycle = DiagnosticCode("E-cycle")
    public static let date = DiagnosticCode("E-date")
    public static let divisionByZero = DiagnosticCode("E-division-by-zero")
    public static let duplicate = DiagnosticCode("E-duplicate")
    public static let eval = DiagnosticCode("E-eval")
    public static let functionArgs = DiagnosticCode("E-function-args")
    public static let grade = DiagnosticCode("E-grade")
    public static let `import` = DiagnosticCode("E-import")
    public static let importCycle = DiagnosticCode("E-import-cycle")
    public static let importFigure = DiagnosticCode("E-import-figure")
    public static let importFormulaError = DiagnosticCode("E-import-formula-error")
    public static let importNoHeader = DiagnosticCode("E-import-no-header")
    public static let importUncomputed = DiagnosticCode("E-import-uncomputed")
    public static let lex = DiagnosticCode("E-lex")
    public static let mapField = DiagnosticCode("E-map-field")
    public static let mapLine = DiagnosticCode("E-map-line")
    public static let mapSection = DiagnosticCode("E-map-section")
    public static let mapTemplate = DiagnosticCode("E-map-template")
    public static let nameQuote = DiagnosticCode("E-name-quote")
    public static let noActual = DiagnosticCode("E-no-actual")
    public static let noNode = DiagnosticCode("E-no-node")
    public static let noTarget = DiagnosticCode("E-no-target")
    public static let number = DiagnosticCode("E-number")
    public static let overflow = DiagnosticCode("E-overflow")
    public static let overrideUnknown = DiagnosticCode("E-override-unknown")
    public static let overrideUnscored = DiagnosticCode("E-override-unscored")
    public static let projectNested = DiagnosticCode("E-project-nested")
    public static let rate = DiagnosticCode("E-rate")
    public static let ruleMessage = DiagnosticCode("E-rule-message")
    public static let ruleScope = DiagnosticCode("E-rule-scope")
    public static let ruleSubject = DiagnosticCode("E-rule-subject")
    public static let ruleUnreachable = DiagnosticCode("E-rule-unreachable")
    public static let scoreConflict = DiagnosticCode("E-score-conflict")
    public static let setting = DiagnosticCode("E-setting")
    public static let solve = DiagnosticCode("E-solve")
    public static let syntax = DiagnosticCode("E-syntax")
    public static let tooDeep = DiagnosticCode("E-too-deep")
    public static let tooMany = DiagnosticCode("E-too-many")
    public static let unclosed = DiagnosticCode("E-unclosed")
    public static let unclosedQuote = DiagnosticCode("E-unclosed-quote")
    public static let unit = DiagnosticCode("E-unit")
    public static let unitMismatch = DiagnosticCode("E-unit-mismatch")
    public static let unknownKeyword = DiagnosticCode("E-unknown-keyword")
    public static let unknownName = DiagnosticCode("E-unknown-name")
    public static let zeroTarget = DiagnosticCode("E-zero-target")
    public static let blockWeight = DiagnosticCode("I-block-weight")
    public static let newUnit = DiagnosticCode("I-new-unit")
    public static let noPolicy = DiagnosticCode("I-no-policy")
    public static let noSpending = DiagnosticCode("I-no-spending")
    public static let nonstandardLevel2 = DiagnosticCode("I-nonstandard-level2")
    public static let unverifiable = DiagnosticCode("I-unverifiable")
    public static let blank = DiagnosticCode("W-blank")
    public static let breakdown = DiagnosticCode("W-breakdown")
    public static let budgetInGroup = DiagnosticCode("W-budget-in-group")
    public static let deadlineActual = DiagnosticCode("W-deadline-actual")
    public static let declaredCount = DiagnosticCode("W-declared-count")
    public static let expectedBelowExecuted = DiagnosticCode("W-expected-below-executed")
    public static let gradeBand = DiagnosticCode("W-grade-band")
    public static let incomplete = DiagnosticCode("W-incomplete")
    public static let invisibleName = DiagnosticCode("W-invisible-name")
    public static let negativeTarget = DiagnosticCode("W-negative-target")
    public static let nodeYear = DiagnosticCode("W-node-year")
    public static let overBudget = DiagnosticCode("W-over-budget")
    public static let qualitativeUnjudged = DiagnosticCode("W-qualitative-unjudged")
    public static let rateIgnored = DiagnosticCode("W-rate-ignored")
    public static let reportNode = DiagnosticCode("W-report-node")
    public static let scoreDecimals = DiagnosticCode("W-score-decimals")
    public static let scoreOverWeight = DiagnosticCode("W-score-over-weight")
    public static let scoreRows = DiagnosticCode("W-score-rows")
    public static let sources = DiagnosticCode("W-sources")
    public static let spentOverArrived = DiagnosticCode("W-spent-over-arrived")
    public static let statedMismatch = DiagnosticCode("W-stated-mismatch")
    public static let statedUnavailable = DiagnosticCode("W-stated-unavailable")
    public static let totalOver100 = DiagnosticCode("W-total-over-100")
    public static let unitRedefined = DiagnosticCode("W-unit-redefined")
    public static let weightUnscored = DiagnosticCode("W-weight-unscored")
    public static let weights = DiagnosticCode("W-weights")
    public static let weightsSum = DiagnosticCode("W-weights-sum")
    public static let yearEndPending = DiagnosticCode("W-year-end-pending")
    public static let zeroBudget = DiagnosticCode("W-zero-budget")

    /// Every code jx makes besides the rules' own.
    public static let all: [DiagnosticCode] = [
        .actualNotNumber,
        .ambiguous,
        .assert,
        .assignOutsideScenario,
        .budgetAmount,
        .change,
        .compare,
        .cycle,
        .date,
        .divisionByZero,
        .duplicate,
        .eval,
        .functionArgs,
        .grade,
        .import,
        .importCycle,
        .importFigure,
        .importFormulaError,
        .importNoHeader,
        .importUncomputed,
        .lex,
        .mapField,
        .mapLine,
        .mapSection,
        .mapTemplate,
        .nameQuote,
        .noActual,
        .noNode,
        .noTarget,
        .number,
        .overflow,
        .overrideUnknown,
        .overrideUnscored,
        .projectNested,
        .rate,
        .ruleMessage,
        .ruleScope,
        .ruleSubject,
        .ruleUnreachable,
        .scoreConflict,
        .setting,
        .solve,
        .syntax,
        .tooDeep,
        .tooMany,
        .unclosed,
        .unclosedQuote,
        .unit,
        .unitMismatch,
        .unknownKeyword,
        .unknownName,
        .zeroTarget,
        .blockWeight,
        .newUnit,
        .noPolicy,
        .noSpending,
        .nonstandardLevel2,
        .unverifiable,
        .blank,
        .breakdown,
        .budgetInGroup,
        .deadlineActual,
        .declaredCount,
        .expectedBelowExecuted,
        .gradeBand,
        .incomplete,
        .invisibleName,
        .negativeTarget,
        .nodeYear,
        .overBudget,
        .qualitativeUnjudged,
        .rateIgnored,
        .reportNode,
        .scoreDecimals,
        .scoreOverWeight,
        .scoreRows,
        .sources,
        .spentOverArrived,
        .statedMismatch,
        .statedUnavailable,
        .totalOver100,
        .unitRedefined,
        .weightUnscored,
        .weights,
        .weightsSum,
        .yearEndPending,
        .zeroBudget,
    ]
}
