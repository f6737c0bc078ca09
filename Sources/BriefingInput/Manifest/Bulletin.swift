/// What a bulletin (简报) says about itself beyond its title: the name in its masthead, the issue,
/// and the closing block (版记) of distribution lines, printing office and print run. Every key
/// is optional; the masthead is drawn when the theme's `cover.style` is `masthead`, the closing
/// block when `distribution`, `printed-by` or `print-run` is given.
public struct Bulletin: Hashable, Sendable {
    /// The bulletin's name, set large in the masthead (`bulletin: 工业园区工作简报`).
    public var name: String?
    public var issue: Issue?
    /// Who receives the bulletin, by line of the closing block.
    public var distribution: [Recipients: [String]] = [:]
    /// The office that prints and issues it (印发机关); nil means the organisation.
    public var printedBy: String?
    /// How many copies were printed (`print-run: 50`).
    public var printRun: Int?

    public init() {}

    /// Whether the closing block is set at the end of the brief.
    public var hasClosingBlock: Bool { !distribution.isEmpty || printedBy != nil || printRun != nil }

    /// The issue number: a whole number worded by the brief's language (第3期, No. 3), or text
    /// holding one, set as written (`2014年第3期`).
    public enum Issue: Hashable, Sendable {
        case number(Int)
        case text(String)
    }

    /// The lines of the distribution, in the order they are set: to superiors (报), to peers and
    /// others (送), to subordinates (发).
    public enum Recipients: String, Hashable, Sendable, CaseIterable {
        case report = "报"
        case copy = "送"
        case send = "发"

        /// The key's English spelling in the manifest.
        public var englishKey: String {
            switch self {
            case .report: return "report"
            case .copy: return "copy"
            case .send: return "send"
            }
        }
    }
}
