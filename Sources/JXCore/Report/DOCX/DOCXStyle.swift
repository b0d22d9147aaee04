/// The layout of a 公文 (GB/T 9704-2012), in Word's units: A4 (210 × 297 mm) with the type
/// area 156 × 225 mm placed 37 mm from the top and 28 mm from the binding edge; the title
/// in 二号 (22 pt) 小标宋, headings in 三号 (16 pt) 黑体 and 楷体, the body in 三号 仿宋
/// with a two-character first-line indent, 22 lines a page; page numbers in 四号 (14 pt)
/// as — 1 —. Sizes in half-points, lengths in twentieths of a point (1 mm = 56.7).
public struct DOCXStyle: Sendable, Equatable {
    public var titleFont = "方正小标宋简体"
    public var headingFont = "黑体"
    public var subheadingFont = "楷体_GB2312"
    public var bodyFont = "仿宋_GB2312"
    public var tableFont = "仿宋_GB2312"
    public var pageNumberFont = "宋体"

    public init() {}

    /// The fonts a user may name (`--font 正文=宋体`), by the names of the parts of a 公文.
    public enum Part: String, CaseIterable, Sendable {
        case title = "标题", heading = "一级标题", subheading = "二级标题", body = "正文", table = "表格", pageNumber = "页码"

        /// The English names accepted too.
        public var english: String {
            switch self {
            case .title: "title"
            case .heading: "heading"
            case .subheading: "subheading"
            case .body: "body"
            case .table: "table"
            case .pageNumber: "page"
            }
        }

        public static func named(_ s: String) -> Part? { allCases.first { $0.rawValue == s || $0.english == s } }
    }

    /// `正文=宋体`: the font of a part set; false when the setting is not of that form.
    public mutating func set(_ setting: String) -> Bool {
        let halves = setting.split(separator: "=", maxSplits: 1).map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        guard halves.count == 2, let p = Part.named(halves[0]), !halves[1].isEmpty else { return false }
        self[p] = halves[1]
        return true
    }

    public subscript(part: Part) -> String {
        get {
            switch part {
            case .title: titleFont
            case .heading: headingFont
            case .subheading: subheadingFont
            case .body: bodyFont
            case .table: tableFont
            case .pageNumber: pageNumberFont
            }
        }
        set {
            switch part {
            case .title: titleFont = newValue
            case .heading: headingFont = newValue
            case .subheading: subheadingFont = newValue
            case .body: bodyFont = newValue
            case .table: tableFont = newValue
            case .pageNumber: pageNumberFont = newValue
            }
        }
    }

    static let twipsPerMM = 56.7
    static func mm(_ v: Int) -> Int { Int((Double(v) * twipsPerMM).rounded()) }

    static let pageWidth = 11906, pageHeight = 16838        // A4
    static let top = mm(37), bottom = mm(35), left = mm(28), right = mm(26)
    static let titleSize = 44, headingSize = 32, bodySize = 32, tableSize = 21, pageNumberSize = 28
    /// 22 lines in 225 mm: a fixed line pitch of 28.9 pt.
    static let linePitch = 578
}
