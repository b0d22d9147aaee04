/// A value as a user reads it where they point: one line (the REPL's row of an entity:
/// `新增建设用地报批  目标 450亩  实际 30亩  完成率 6.67%  未完成  红灯`), its figures by
/// label, and the message of the rule that gave its light. Written with the REPL's and
/// `jx eval`'s helpers, so a hover says what they say.
public struct ShownValue: Sendable, Equatable {
    public struct Figure: Sendable, Equatable {
        public var label: String
        public var text: String
    }

    public var summary: String
    public var figures: [Figure]
    /// The rule behind the light, and its message with values filled in.
    public var lightRule: String?
    public var lightMessage: String?

    /// The figure of that label (`完成率`, `执行率`, `灯`), as shown.
    public subscript(_ label: String) -> String? { figures.first { $0.label == label }?.text }

    /// An entity's figures. The model is the evaluator's: `ref` must be one of its entities.
    static func of(_ ref: EntityRef, in ev: Evaluator) -> ShownValue {
        let m = ev.model
        var figures: [Figure] = []
        func add(_ label: String, _ text: String) { figures.append(Figure(label: label, text: text)) }
        var light: Verdict?
        switch ref {
        case .indicator(let i):
            if let r = ev.indicator(i) {
                let v = ev.verdict(ref)
                add("目标", r.targetText)
                add("实际", r.actualText)
                if r.status != .pending { add("完成率", ShownText.percent(r.completion)) }
                add("状态", r.status.chinese)
                add("灯", ShownText.light(v.light))
                if let s = v.score { add("得分", ShownText.score(s)) }
                light = v
            }
        case .budget(let b):
            if let r = ev.budget(b) {
                let v = ev.verdict(ref)
                add("预算数", ShownText.quantity(r.amount))
                if let a = r.arrived { add("到位资金", a.text()) }
                add("执行数", ShownText.quantity(r.executed))
                add("执行率", ShownText.percent(r.execution))
                add("到位率", ShownText.percent(r.arrival))
                add("灯", ShownText.light(v.light))
                if let s = v.score { add("得分", ShownText.score(s)) }
                light = v
            }
        case .group(let g):
            add("灯", ShownText.light(Judgement(ev).groupLight(g)))
            if let s = Judgement(ev).groupScore(g) { add("得分", ShownText.score(s)) }
        case .spend(let s):
            add(m.spends[s].isAllocation ? "拨付" : "支出", ShownText.quantity(ev.spend(s)))
        case .constant(let c):
            add("值", ShownText.value(ev.constant(c)))
        }
        var shown = ShownValue(summary: EntityRow.text(ref, ev), figures: figures)
        if let light, light.light != nil {
            shown.lightRule = light.lightRule
            shown.lightMessage = ev.lightMessage(of: ref)
        }
        return shown
    }

    /// A field of an entity (`新增建设用地报批.完成率`), as `jx eval` shows it; nil when it
    /// has no value (pending parts aside, an error the script's check reports).
    static func field(_ m: Member, written: Ident, of ref: EntityRef, in ev: Evaluator) -> ShownValue? {
        let label = m.spellings[0]
        let before = ev.notes.count
        do {
            let v = try ev.member(ref, written, Evaluator.Context(), known: m)
            let text = Evaluation.show(v, ev)
            return ShownValue(summary: "\(ev.model.name(of: ref)).\(written.text) \(text)", figures: [Figure(label: label, text: text)])
        } catch {
            // What the failure said belongs to this question, not to the script's findings.
            ev.dropNotes(from: before)
            return nil
        }
    }

    /// A name the language or the rules give a value (`时间进度`, `总分`, `评级`).
    static func builtIn(_ name: Ident, in ev: Evaluator) -> ShownValue? {
        let known = ["时间进度", "timeProgress", "序时进度"] + ev.judge.names
        guard known.contains(name.text) else { return nil }
        let before = ev.notes.count
        do {
            let text = Evaluation.show(try ev.eval(.name(name)), ev)
            return ShownValue(summary: "\(name.text) \(text)", figures: [Figure(label: name.text, text: text)])
        } catch {
            ev.dropNotes(from: before)
            return nil
        }
    }
}
