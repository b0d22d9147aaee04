/// The layout of a 公文 (GB/T 9704-2012), in Word's units: A4 (210 × 297 mm) with the type
/// area 156 × 225 mm placed 37 mm from the top and 28 mm from the binding edge; the title
/// in 二号 (22 pt) 小标宋, headings in 三号 (16 pt) 黑体 and 楷体, the body in 三号 仿宋
/// with a two-character first-line indent, 22 lines a page; page numbers in 四号 (14 pt)
/// as — 1 —. Sizes in half-points, lengths in twentieths of a point (1 mm = 56.7).
public struct DOCXStyle: Sendable {
    public var titleFont = "方正小标宋简体"
    public var headingFont = "黑体"
    public var subheadingFont = "楷体_GB2312"
    public var bodyFont = "仿宋_GB2312"
    public var tableFont = "仿宋_GB2312"
    public var pageNumberFont = "宋体"

    public init() {}

    static let twipsPerMM = 56.7
    static func mm(_ v: Int) -> Int { Int((Double(v) * twipsPerMM).rounded()) }

    static let pageWidth = 11906, pageHeight = 16838        // A4
    static let top = mm(37), bottom = mm(35), left = mm(28), right = mm(26)
    static let titleSize = 44, headingSize = 32, bodySize = 32, tableSize = 21, pageNumberSize = 28
    /// 22 lines in 225 mm: a fixed line pitch of 28.9 pt.
    static let linePitch = 578
}
