/// The wording around a finding, for the reports an analyst hands on (zh, HTML, Markdown):
/// a short lead-in per code (its title) says what kind of problem it is before the detail.
public enum FindingText {
    /// The lead-in for a finding code, e.g. `W-breakdown` → 预算分项合计与总额不符: its
    /// code's title; a code jx does not make (a tool's own) is said by its severity letter.
    public static func leadIn(_ code: String, _ language: Language = .zh) -> String {
        if let c = DiagnosticCode.named(code) { return c.title.text(language) }
        let zh = code.hasPrefix("E-") ? "错误" : code.hasPrefix("W-") ? "需核对" : "提示"
        let en = code.hasPrefix("E-") ? "an error" : code.hasPrefix("W-") ? "to be checked" : "a note"
        return language == .zh ? zh : en
    }

    /// 错误 / 警告 / 提示.
    public static func severity(_ s: Severity) -> String {
        switch s {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    /// `（qiemo-2021.jx 第 39 行）`: the file's last path component is enough in a report
    /// that leaves the machine; the full path is in `jx check`.
    /// The places its notes point at follow: `（dup.jx 第 6 行，另见第 5 行）`.
    public static func location(_ d: Diagnostic, in r: ReportData) -> String? {
        guard let loc = r.location(of: d) else { return nil }
        func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
        var out = "\(name(loc.path)) 第 \(loc.line) 行"
        for n in d.notes {
            guard let s = n.span, let f = r.sources[s.file] else { continue }
            out += f.path == loc.path ? "，另见第 \(f.line(of: s.start)) 行" : "，另见 \(name(f.path)) 第 \(f.line(of: s.start)) 行"
        }
        return out
    }
}
