/// Which header names mean which figure, for one template of table: data, read from a map
/// file (the shipped ones, one per template, or a user's own with `--map`). The format is
/// a line per field, `字段 = 表头, 表头`, under `[节]` headings:
///
///     模板 监控表
///     标题 项目支出绩效目标执行监控表
///     [预算]
///     执行数 = 1-#月执行数, 执行数
///
/// A header matches a name when they are equal after `HeaderText` folds both.
public struct ColumnMap: Sendable {
    public var name: String
    public var template: TableTemplate
    /// Words of a title row that say a sheet is of this template.
    public var titles: [HeaderText] = []
    public var names: [TableField: [HeaderText]] = [:]
    /// The column of each cause of a deviation and each likelihood, by jx's name.
    public var causeColumns: [String: [HeaderText]] = [:]
    public var likelihoodColumns: [String: [HeaderText]] = [:]

    public init(name: String, template: TableTemplate) {
        self.name = name
        self.template = template
    }

    /// Reads a map file. Every line it cannot read is a diagnostic at that line; a map
    /// with any error is not used.
    public static func read(_ file: SourceFile, fileID: Int) -> (map: ColumnMap?, diagnostics: [Diagnostic]) {
        var ds: [Diagnostic] = []
        var template: TableTemplate?
        var titles: [HeaderText] = []
        var section: TableField.Section?
        var names: [TableField: [HeaderText]] = [:]
        var causes: [String: [HeaderText]] = [:], likelihoods: [String: [HeaderText]] = [:]
        let text = String(decoding: file.bytes, as: UTF8.self)
        var offset = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineStart = offset
            offset += rawLine.utf8.count + 1
            let line = ColumnMap.beforeComment(Substring(rawLine))
            let trimmed = line.trimmedCell
            if trimmed.isEmpty { continue }
            let lead = line.prefix { $0.isWhitespace }.utf8.count
            let span = Span(file: fileID, start: lineStart + lead, end: lineStart + lead + trimmed.utf8.count)
            if trimmed.hasPrefix("[") || trimmed.hasPrefix("【") {
                let inner = String(trimmed.dropFirst().dropLast())
                guard trimmed.hasSuffix("]") || trimmed.hasSuffix("】"), let s = TableField.Section(rawValue: inner.trimmedCell) else {
                    ds.append(Diagnostic(.error, .mapSection, .tableImport(.unknownSection(trimmed)), at: span,
                                         hint: .tableImport(.sectionsAre(TableField.Section.allCases.map { "[\($0.rawValue)]" }))))
                    section = nil
                    continue
                }
                section = s
                continue
            }
            if let rest = trimmed.droppingWord(prefix: "模板") {
                let t = rest.trimmedCell
                guard let tt = TableTemplate(rawValue: t) else {
                    ds.append(Diagnostic(.error, .mapTemplate, .tableImport(.unknownTemplate(t.isEmpty ? nil : t)), at: span,
                                         hint: .tableImport(.writeTemplate(TableTemplate.allCases.map(\.rawValue)))))
                    continue
                }
                template = tt
                continue
            }
            if let rest = trimmed.droppingWord(prefix: "标题") {
                titles += ColumnMap.list(rest)
                continue
            }
            guard let eq = trimmed.firstIndex(where: { $0 == "=" || $0 == "＝" }) else {
                ds.append(Diagnostic(.error, .mapLine, .tableImport(.notAMapLine), at: span, hint: .tableImport(.mapLineExample)))
                continue
            }
            let key = String(trimmed[..<eq]).trimmedCell
            let values = ColumnMap.list(trimmed[trimmed.index(after: eq)...])
            guard let section else {
                ds.append(Diagnostic(.error, .mapSection, .tableImport(.beforeAnySection(key)), at: span, hint: .tableImport(.startWithSection)))
                continue
            }
            if values.isEmpty {
                ds.append(Diagnostic(.error, .mapLine, .tableImport(.listsNoHeader(key)), at: span, hint: .tableImport(.writeAHeader)))
                continue
            }
            switch section {
            case .causes:
                guard TableField.causes.contains(key) else {
                    ds.append(Diagnostic(.error, .mapField, .tableImport(.unknownCause(key)), at: span, hint: .tableImport(.causesAre(TableField.causes))))
                    continue
                }
                causes[key, default: []] += values
            case .likelihoods:
                guard TableField.likelihoods.contains(key) else {
                    ds.append(Diagnostic(.error, .mapField, .tableImport(.unknownLikelihood(key)), at: span, hint: .tableImport(.likelihoodsAre(TableField.likelihoods))))
                    continue
                }
                likelihoods[key, default: []] += values
            default:
                guard let field = TableField.field(section: section, key: key) else {
                    let known = TableField.allCases.filter { $0.section == section }.map(\.key)
                    ds.append(Diagnostic(.error, .mapField, .tableImport(.noSuchField(section: section.rawValue, key: key)), at: span, hint: .tableImport(.itsFields(known))))
                    continue
                }
                names[field, default: []] += values
            }
        }
        let whole = Span(file: fileID, start: 0, end: 0)
        if template == nil {
            ds.append(Diagnostic(.error, .mapTemplate, .tableImport(.noTemplate), at: whole, hint: .tableImport(.startWithTemplate)))
        }
        for required in [TableField.level3, .target] where names[required] == nil {
            ds.append(Diagnostic(.error, .mapField, .tableImport(.missingField(required.key)), at: whole, hint: .tableImport(.addField(required.key))))
        }
        guard ds.isEmpty, let template else { return (nil, ds) }
        var map = ColumnMap(name: file.path, template: template)
        map.titles = titles
        map.names = names
        map.causeColumns = causes
        map.likelihoodColumns = likelihoods
        return (map, ds)
    }

    /// A comment is a whole line starting with `#`: elsewhere `#` stands for the month
    /// (`1-#月执行数`, `#月执行数`).
    static func beforeComment(_ line: Substring) -> Substring {
        line.drop { $0.isWhitespace }.first == "#" ? "" : line
    }

    /// `a, b、c，d`: the names, folded.
    static func list(_ s: Substring) -> [HeaderText] {
        s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { HeaderText(String($0)) }
            .filter { !$0.key.isEmpty }
    }

    /// The field a header cell names, with the month its `#` matched.
    public func field(of header: HeaderText, among fields: [TableField]) -> (TableField, month: Int)? {
        for f in fields {
            for n in names[f] ?? [] { if let m = header.match(n) { return (f, m) } }
        }
        return nil
    }
}

extension Substring {
    var trimmedCell: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    func droppingWord(prefix p: String) -> Substring? {
        guard hasPrefix(p) else { return nil }
        let rest = dropFirst(p.count)
        guard rest.first?.isWhitespace ?? true else { return nil }
        return rest
    }
}

extension String {
    var trimmedCell: String { Substring(self).trimmedCell }
    func droppingWord(prefix p: String) -> Substring? { Substring(self).droppingWord(prefix: p) }
}
