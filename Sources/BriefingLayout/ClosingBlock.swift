import BriefingCore

/// The closing block of a bulletin (版记, after GB/T 9704-2012), set at the foot of the last
/// page and never split: a rule; a line per group of recipients (`报：…`), its names hanging under
/// the first; a thin rule; the printing office at the left and the printing date at the right;
/// the print run; a last rule.
public struct ClosingBlock: Hashable, Sendable {
    /// A line of the distribution: its label with the colon (`报：`) and the names, joined.
    public struct Line: Hashable, Sendable {
        public var label: String
        public var names: String

        public init(label: String, names: String) {
            self.label = label
            self.names = names
        }
    }

    public var distribution: [Line]
    /// The printing office (印发机关), at the left of the printing line.
    public var printedBy: String?
    /// The printing date as set (2014年3月12日印发), at the right of the printing line.
    public var printed: String
    /// The print run as set (（共印50份）), at the right under the printing line.
    public var printRun: String?
    /// Where the closing block's distribution was written, for warnings about it.
    public var location: SourceLocation?

    public init(distribution: [Line], printedBy: String?, printed: String, printRun: String?) {
        self.distribution = distribution
        self.printedBy = printedBy
        self.printed = printed
        self.printRun = printRun
    }
}

/// Sets a ``ClosingBlock`` as one slice, tagged as a division of paragraphs.
struct ClosingBlockStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    let ids: StructureIDs

    /// The first and last rules, and the thin ones between the parts.
    static let outerRule = 1.0
    static let innerRule = 0.5
    /// Space between the distribution and the body text above it.
    static let spaceAbove = 12.0

    func box(for block: ClosingBlock, width: Double) -> VBox {
        let style = theme.coverDetail
        let gap = style.size * 0.3
        var lines = LineSetter(typesetter: typesetter, width: width)
        lines.rule(weight: Self.outerRule, color: theme.body.color)
        if !block.distribution.isEmpty {
            for line in block.distribution {
                lines.space(gap)
                lines.labelled(line.label, line.names, style, tag: ids.tag(.paragraph))
            }
            lines.space(gap)
            lines.rule(weight: Self.innerRule, color: theme.body.color)
        }
        lines.space(gap)
        lines.split(block.printedBy ?? "", block.printed, style, tag: ids.tag(.paragraph))
        if let printRun = block.printRun {
            lines.text(printRun, style, alignment: .right, tag: ids.tag(.paragraph))
        }
        lines.space(gap)
        lines.rule(weight: Self.outerRule, color: theme.body.color)
        // The rules stay decoration; every line is a paragraph of the division.
        let division = ids.tag(.division)
        var box = VBox(height: lines.y, items: lines.items.map { $0.structure.isEmpty ? $0 : $0.tagged(division) })
        box.location = block.location
        return box
    }
}
