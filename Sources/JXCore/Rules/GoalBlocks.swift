/// Goal blocks (年度绩效目标1, 2 …): a template that splits its 80 points into blocks, each
/// holding its own 产出 and 效益. The level-1 groups inside a block take their weights from
/// the block (their rows', or a share of the block's), never the policy's top-level 产出权重:
/// that would score each block out of 80 and a table of two blocks out of 160.
extension Judgement {
    /// A group that holds level-1 groups and is not one itself (nor a project).
    func isBlock(_ g: Int) -> Bool {
        let node = ev.model.groups[g]
        return node.level == 0 && !node.isProject && node.children.contains { ev.model.groups[$0].level == 1 }
    }

    /// Whether a level-1 group stands inside a goal block.
    func inBlock(_ g: Int) -> Bool {
        guard let p = ev.model.groups[g].parent else { return false }
        return isBlock(p)
    }

    /// A block whose weight the table does not print: inferred from what it holds, and said so.
    /// Only where indicators are scored: a monitoring roll-up's departments are no blocks to weigh.
    func blockFindings() -> [Diagnostic] {
        guard scoresIndicators else { return [] }
        var out: [Diagnostic] = []
        for (g, node) in ev.model.groups.enumerated() where node.weight == nil && isBlock(g) {
            let name = node.name.text
            if let w = groupWeight(g) {
                let shown = w.decimalString(maxDecimals: 4)
                out.append(Diagnostic(.info, DiagnosticCode.blockWeight, .rules(.audit(.blockWeightSummed(name, weight: shown))), at: node.name.span,
                                      hint: .rules(.audit(.blockWeightSummedHint(name, weight: shown)))))
            } else {
                out.append(Diagnostic(.info, DiagnosticCode.blockWeight, .rules(.audit(.blockUnweighted(name))), at: node.name.span,
                                      hint: .rules(.audit(.blockUnweightedHint(name)))))
            }
        }
        // 产出 of a block with neither a weight nor weighted rows: an even share, said so.
        for (g, node) in ev.model.groups.enumerated() where node.weight == nil && inBlock(g) && contentWeight(g) == nil {
            guard let w = groupWeight(g), let p = node.parent, let pw = groupWeight(p) else { continue }
            let block = ev.model.groups[p].name.text, name = node.name.text
            let shown = w.decimalString(maxDecimals: 4), whole = pw.decimalString(maxDecimals: 4)
            out.append(Diagnostic(.info, DiagnosticCode.blockWeight, .rules(.audit(.blockShare(name, block: block, whole: whole, share: shown))), at: node.name.span,
                                  hint: .rules(.audit(.blockShareHint(name, share: shown)))))
        }
        return out
    }
}
