/// Writes random valid scripts in random layouts: every kind of statement, blocks nested
/// and on one line, `;` and line ends, blank lines, trailing and own-line comments,
/// continuation lines, Chinese and English keywords. What the formatter meets in scripts
/// nobody showed it.
public struct ScriptGenerator {
    public var rng: ScriptMangler
    private var counter = 0
    private var out = ""

    public init(seed: UInt64) { rng = ScriptMangler(seed: seed) }

    public mutating func pick<T>(_ xs: [T]) -> T { xs[rng.next(xs.count)] }
    public mutating func chance(_ percent: Int) -> Bool { rng.next(100) < percent }
    public mutating func name(_ base: String) -> String {
        counter += 1
        return chance(15) ? "\"\(base) \(counter)\"" : "\(base)\(counter)"
    }

    public mutating func script() -> String {
        out = ""
        var body: [String] = []
        if chance(70) { body.append("import policy " + pick(["预警", "自评评分", "执行进度底线"])) }
        if chance(80) {
            body.append(block(pick(["report", "报告"]) + " " + name("报告"), ["year 2021", pick(["node 2021-06-30", "监控节点 2021年6月30日", "node 12-31"])]))
        }
        for _ in 0..<(2 + rng.next(8)) { body.append(statement(depth: 0)) }
        return layout(body, depth: 0) + (chance(50) ? "\n" : "")
    }

    public mutating func statement(depth: Int) -> String {
        switch rng.next(depth > 2 ? 6 : 9) {
        case 0: return indicator()
        case 1: return pick(["let", "设"]) + " " + name("常量") + " = " + expression()
        case 2: return pick(["assert", "断言"]) + " " + pick(["时间进度 == 50%", "1 + 1 == 2", "2 > 1 \"说明\"", "10% == 10% ± 1%"])
        case 3: return "unit " + name("单位") + (chance(50) ? " = 10 个" : "")
        case 4: return "declared 一级 " + String(rng.next(4)) + pick([" 二级 2", "，三级 5", ""])
        case 5: return budget(depth: depth)
        case 6: return block(pick(["产出", "效益", "满意度", "分组 组\(counter)", "group \(name("组"))"]) + (chance(20) ? " weight 50" : ""), (0..<(1 + rng.next(3))).map { _ in group2(depth: depth + 1) })
        case 7: return block("rule " + name("规则") + pick([" for each budget", " 对 每个 指标", " for each indicator in 产出 where 完成率 < 50%"]),
                             (0..<(1 + rng.next(3))).map { _ in clause() })
        default: return block(pick(["scenario", "情景"]) + " " + name("情景"), [pick(["红灯线 = 50%", "a.actual = 3个"]), "assert 1 == 1"])
        }
    }

    public mutating func group2(depth: Int) -> String {
        chance(70) ? block(pick(["数量", "质量", "时效", "经济效益"]), (0..<(1 + rng.next(4))).map { _ in indicator() }) : statement(depth: depth)
    }

    public mutating func indicator() -> String {
        var fields = [pick(["target", "目标"]) + " " + pick(["15个", "≥98%", "≤10次", "=0起", "\"明显提升\"", "12月31日前完成", "20公顷以上", "1,493.25万元"])]
        fields.append(pick(["actual", "实际"]) + " " + pick(["7个", "60%", "pending", "elapsed", "\"有所提升\"", "12次", "300亩", "a + 1个"]))
        if chance(40) { fields.append("stated " + pick(["47%", "得分 8.5", "实际 7个"])) }
        if chance(30) { fields.append("weight " + String(1 + rng.next(20))) }
        if chance(20) { fields.append(pick(["rate 40%", "grade 部分达成", "prorate no", "note \"说 明\"", "cause 其他"])) }
        let head = pick(["indicator", "指标"]) + " " + name("指标")
        if chance(20) { return block(head, fields) }
        return head + " " + fields.joined(separator: pick([" ", "  ", "\t"]))
    }

    public mutating func budget(depth: Int) -> String {
        let head = pick(["budget", "预算"]) + " " + name("预算") + " " + pick(["100万元", "1,493.25万元", "(10万元 + 5万元)"])
        var lines = ["arrived 50万元"]
        for _ in 0..<rng.next(4) {
            lines.append(pick(["spent", "支出", "allocated"]) + " " + name("支出") + " " + pick(["5万元", "0.5万元"]) + (chance(30) ? " \"说明 # 不是注释\"" : ""))
        }
        if chance(40) { lines.append("stated 执行率 " + pick(["26%", "5.5%"])) }
        if chance(30) { lines.append("source " + name("来源") + " 100万元") }
        if chance(20) { lines.append(pick(["initial 90万元", "年初预算 90万元", "expected 95万元", "全年预计执行数 95万元", "weight 10", "分值 10分"])) }
        if chance(20) {
            lines.append("source " + name("来源") + " 60万元 " + pick(["arrived 40万元 executed 30万元", "executed 30万元  stated 执行率 50%", "{\n initial 50万元\n executed 30万元\n}"]))
        }
        if depth < 3, chance(30) { lines.append(budget(depth: depth + 1)) }
        return chance(15) ? head : block(head, lines)
    }

    public mutating func clause() -> String {
        pick(["red", "yellow", "红", "warning"]) + " " + pick(["when 执行率 < 时间进度 * 60%", "当 完成率 < 10%", "otherwise", "when 1 > 2 and\n 2 > 1"]) + (chance(50) ? " \"{执行率}\"" : "")
    }

    public mutating func expression() -> String {
        pick(["50%", "(1 +\n  2) * 3", "min(1, 2)", "1 +\n 2", "-5万元", "max(10%, 时间进度)"])
    }

    /// `head { a; b }` on one line, or over lines.
    public mutating func block(_ head: String, _ lines: [String]) -> String {
        if chance(20), !lines.contains(where: { $0.contains("\n") || $0.contains("#") }) {
            return head + pick([" { ", "{", " {"]) + lines.joined(separator: "; ") + pick([" }", "}"])
        }
        return head + " {\n" + layout(lines, depth: 1) + "\n}"
    }

    /// Statements separated by line ends or `;`, with blank lines and comments between.
    mutating func layout(_ lines: [String], depth: Int) -> String {
        var s = ""
        for (i, l) in lines.enumerated() {
            if chance(15) { s += pick(["# 注释", "  # 缩进的注释", "#"]) + "\n" }
            s += String(repeating: pick([" ", "  ", "\t", ""]), count: depth) + l
            if i < lines.count - 1 {
                if chance(20), !l.contains("#") { s += pick(["; ", ";", " ;"]) } else {
                    if chance(25) { s += pick(["  # 行尾", " #尾"]) }
                    s += chance(20) ? "\n\n" : "\n"
                }
            } else if chance(20) { s += "  # 最后" }
        }
        return s
    }
}
