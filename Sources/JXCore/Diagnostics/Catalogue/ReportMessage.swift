/// The reports' own words: lead-ins of findings, headings a finding shows in.
public enum ReportMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
