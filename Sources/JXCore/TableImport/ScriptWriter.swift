/// Projects read from a table, written as a jx script: the report header, a budget per
/// project, the indicator hierarchy, and every rate and score the table prints as `stated`,
/// so that `jx check` recomputes each and says where the table disagrees with itself.
/// The text is laid out by `jx fmt`'s formatter, so a generated script is already canonical.
public struct ScriptWriter {
    public var projects: [ImportedProject]
    /// The table's file name and the map each sheet was read with, for the first comment.
    public var source: String
    public var maps: [String]

    public init(projects: [ImportedProject], source: String, maps: [String]) {
        self.projects = projects
        self.source = source
        self.maps = maps
    }

    public func script() -> String {
        var out: [String] = []
        let sheets = projects.map { "「\($0.sheet)」" }.joined(separator: "、")
        out.append("# 由 jx import 从 \(source) 生成：工作表 \(sheets)；列名对照 \(Set(maps).sorted().joined(separator: "、"))。")
        out.append("# 表中印出的执行率和得分写作 stated，jx check 逐一重算核对；备注见各处注释。")
        out.append("")
        let selfEval = projects.contains { $0.template == .selfEvaluation }
        out.append(selfEval ? "import policy 自评评分" : "import policy 预警")
        out.append("")
        out += header()
        let units = undeclaredUnits()
        if !units.isEmpty {
            out.append("")
            out += units.map { "unit \(ScriptWriter.name($0))" }
        }
        if selfEval, let w = budgetWeight() { out += ["", "let 预算执行权重 = \(w)  # 表中预算执行率的分值"] }
        // Several sheets are several projects, each with its own budget, indicators and
        // 总分; one sheet is the script itself.
        let several = projects.count > 1
        for p in projects {
            out.append("")
            var body = budget(p) + [""] + indicators(p)
            body += p.remarks.map { "# \($0)" }
            if let t = p.totalScore { body += ["", "stated 总分 \(t.text)  # 第 \(t.row) 行"] }
            if several {
                out.append("project \(ScriptWriter.name(p.name)) {")
                out += body.map { $0.isEmpty ? $0 : "  " + $0 }
                out.append("}")
            } else {
                out += body
            }
        }
        let text = out.joined(separator: "\n") + "\n"
        if case .formatted(let f) = Formatter.format(SourceFile(path: source, text: text)) { return f }
        return text
    }

    func header() -> [String] {
        let p = projects[0]
        var title = p.title ?? (p.template == .selfEvaluation ? "项目支出绩效自评表" : "项目支出绩效目标执行监控表")
        if projects.count == 1, !p.name.isEmpty, p.name != p.sheet { title += "：" + p.name }
        var out = ["report \(ScriptWriter.name(title)) {"]
        if let d = projects.compactMap(\.department).first { out.append("  department \(ScriptWriter.name(d))") }
        let year = projects.compactMap(\.year).first
        if let y = year { out.append("  year \(y)") }
        if let m = projects.compactMap(\.month).max() {
            let day = CivilDate.days(inMonth: m, year: year)
            let md = "\(m < 10 ? "0" : "")\(m)-\(day)"
            out.append("  node \(year.map { "\($0)-" } ?? "")\(md)  # \(p.template == .selfEvaluation ? "年末自评" : "1-\(m)月")")
        }
        out.append("}")
        return out
    }

    /// The weight of budget execution, when every project's table gives the same.
    func budgetWeight() -> String? {
        let ws = Set(projects.compactMap { $0.budgetRows.first(where: \.isTotal)?.weight ?? $0.budgetRows.first?.weight })
        return ws.count == 1 ? ws.first : nil
    }

    func budget(_ p: ImportedProject) -> [String] {
        guard let total = p.budgetRows.first(where: \.isTotal) ?? p.budgetRows.first else {
            return ["# \(p.name)：表中没有资金行"]
        }
        var out = ["# \(p.name)：项目资金（第 \(p.budgetRows.map(\.row).min() ?? total.row)–\(p.budgetRows.map(\.row).max() ?? total.row) 行）"]
        let amount = total.adjusted ?? total.initial
        out.append("budget \(ScriptWriter.name(p.name))\(amount.map { " " + $0 } ?? "") {")
        if total.adjusted != nil, let i = total.initial { out.append("  initial \(i)") }
        // A source row as the table prints it: its amount and its own figures on one line.
        for s in p.budgetRows where s.row != total.row {
            guard let a = s.adjusted ?? s.initial else {
                out.append("  # \(s.label)（第 \(s.row) 行）：表中未填金额")
                continue
            }
            var line = "  source \(ScriptWriter.name(s.label)) \(a)"
            if s.adjusted != nil, let i = s.initial { line += " initial \(i)" }
            if let e = s.executed { line += " executed \(e)" }
            if let e = s.expected { line += " expected \(e)" }
            if let r = s.rate { line += " stated 执行率 \(r)" }
            out.append(line + "  # 第 \(s.row) 行")
        }
        if let e = total.executed { out.append("  executed \(e)") }
        if let e = total.expected { out.append("  expected \(e)") }
        if let r = total.rate { out.append("  stated 执行率 \(r)") }
        if let s = total.score { out.append("  stated 得分 \(s)") }
        for u in total.uncomputed { out.append("  # \(u)：公式在表中没有计算结果，由 jx 计算") }
        out.append("}")
        return out
    }

    func indicators(_ p: ImportedProject) -> [String] {
        guard !p.indicators.isEmpty else { return ["# \(p.name)：表中没有绩效指标"] }
        var out: [String] = []
        let rows = p.indicators.map(\.row)
        out.append("# \(p.name)：绩效指标（第 \(rows.min() ?? 0)–\(rows.max() ?? 0) 行）")
        // Level 1, then level 2, in the order the table has them.
        var order: [String?] = []
        for i in p.indicators where !order.contains(i.level1) { order.append(i.level1) }
        for l1 in order {
            let under = p.indicators.filter { $0.level1 == l1 }
            var inner = ""
            if let l1 {
                out.append("\(ScriptWriter.name(l1))\(weightClause(p, under)) {")
                inner += "  "
            }
            var seconds: [String?] = []
            for i in under where !seconds.contains(i.level2) { seconds.append(i.level2) }
            for l2 in seconds {
                let rows = under.filter { $0.level2 == l2 }
                var deeper = inner
                if let l2 {
                    out.append(inner + "\(ScriptWriter.name(l2))\(weightClause(p, rows)) {")
                    deeper += "  "
                }
                for i in rows { out += indicator(i, p).map { deeper + $0 } }
                if l2 != nil { out.append(inner + "}") }
            }
            if l1 != nil { out.append("}") }
        }
        return out
    }

    /// A self-evaluation group's weight: what its rows' 分值 add up to, so the policy's
    /// default split (产出 50 …) does not stand against the table's own.
    func weightClause(_ p: ImportedProject, _ rows: [ImportedProject.IndicatorRow]) -> String {
        guard p.template == .selfEvaluation, !rows.isEmpty else { return "" }
        var sum = Exact.zero
        for r in rows {
            guard let w = r.weight, let e = try? Exact.parse(w), let s = try? sum.adding(e) else { return "" }
            sum = s
        }
        return " weight \(sum.decimalString())"
    }

    func indicator(_ i: ImportedProject.IndicatorRow, _ p: ImportedProject) -> [String] {
        var parts = ["indicator", ScriptWriter.name(i.name)]
        var comments: [String] = []
        // An empty cell is `blank`: not zero, and `jx check` names it. A row with only its
        // 分值 and 得分 (an empty target and actual) is a row that only states.
        let onlyStates: Bool = {
            guard case .none = i.target, case .blank = i.actual else { return false }
            return i.weight != nil && i.score != nil
        }()
        switch i.target {
        case .quantity(let q): parts += ["target", q]
        case .deadline(let d): parts += ["target", d]
        case .qualitative(let t): parts += ["target", JXSpelling.quoted(t)]
        case .none:
            if !onlyStates { parts += ["target", "blank"] }
            comments.append("表中未填指标值")
        }
        switch i.actual {
        case .quantity(let q): parts += ["actual", q]
        case .done: parts += ["actual", "done"]
        case .pending(let words): parts += ["actual", "pending"] + (words.map { [JXSpelling.quoted($0)] } ?? [])
        case .text(let t): parts += ["actual", JXSpelling.quoted(t)]
        case .blank:
            // A deadline's empty cell in a monitoring table is one not due at the node.
            if case .deadline = i.target, p.template == .monitoring {
                parts += ["actual", "pending"]
                comments.append("表中未填实际完成值，时限未到")
            } else {
                if !onlyStates { parts += ["actual", "blank"] }
                comments.append("表中未填实际完成值")
            }
        }
        switch i.expected {
        case .quantity(let q): parts += ["expected", q]
        case .done: parts += ["expected", "done"]
        case .text(let t): parts += ["expected", JXSpelling.quoted(t)]
        case .pending, .blank: break
        }
        if case .qualitative = i.target, let (rate, grade) = judged(i) {
            parts += ["rate", rate, "grade", grade]
            comments.append("评定完成率 = 得分 ÷ 分值")
        }
        if let c = i.cause { parts += ["cause", c] }
        if let l = i.likelihood, p.template == .monitoring { parts += ["likelihood", l] }
        if let w = i.weight { parts += ["weight", w] }
        if let s = i.score { parts += ["stated", "得分", s] }
        if let n = i.note { parts += ["note", JXSpelling.quoted(n)] }
        var line = parts.joined(separator: " ")
        comments.insert("第 \(i.row) 行", at: 0)
        line += "  # " + comments.joined(separator: "；")
        return [line]
    }

    /// A qualitative row of a self-evaluation: its judged rate is its score over its
    /// weight, and its grade the band that rate falls in (80% / 60%, the policy's).
    func judged(_ i: ImportedProject.IndicatorRow) -> (String, String)? {
        guard let w = i.weight, let s = i.score, let we = try? Exact.parse(w), !we.isZero,
              let se = try? Exact.parse(s), let r = try? se.divided(by: we) else { return nil }
        let achieved = (try? Exact.fraction(4, 5)) ?? .one, partly = (try? Exact.fraction(3, 5)) ?? .one
        let grade = !(r < achieved) ? "达成" : (!(r < partly) ? "部分达成" : "未达成")
        guard let pct = try? r.multiplied(by: .hundred), let d = pct.exactDecimals, d <= 6 else { return ("\(s) / \(w)", grade) }
        return (pct.decimalString(maxDecimals: 6) + "%", grade)
    }

    /// Units the script uses that jx has no built-in for: declared, so each is a unit of
    /// its own without a note about it.
    func undeclaredUnits() -> [String] {
        let table = UnitTable()
        var seen: [String] = []
        func add(_ q: String) {
            guard let (_, _, u) = FigureText.split(q) else { return }
            var core = Substring(u)
            for x in FigureText.suffixes where core.hasSuffix(x) { core = core.dropLast(x.count); break }
            let name = String(core)
            if !name.isEmpty, name != "%", name != "‰", table.lookup(name) == nil, !seen.contains(name) { seen.append(name) }
        }
        for p in projects {
            for i in p.indicators {
                if case .quantity(let q) = i.target { add(q) }
                if case .quantity(let q) = i.actual { add(q) }
                if case .quantity(let q) = i.expected { add(q) }
            }
        }
        return seen
    }

    /// A name as jx reads it: bare when it lexes as one word, else quoted.
    static func name(_ text: String) -> String {
        var lexer = Lexer(source: SourceFile(path: "<name>", text: text), fileID: -1)
        let t = lexer.next()
        if t.kind == .identifier, t.start == 0, t.end == text.utf8.count, lexer.next().kind == .eof { return text }
        return JXSpelling.quoted(text)
    }
}
