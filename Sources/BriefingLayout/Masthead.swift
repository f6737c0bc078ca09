import BriefingCore

/// The head of a bulletin (版头 of a 简报, after GB/T 9704-2012), set at the top of page 1 in
/// place of a cover page: the classification at the top left, the bulletin's name large and
/// centred in the accent colour, the issue under it, the issuing unit at the left and the date at
/// the right of one line, a rule in the accent colour across the column, then the brief's title
/// centred, after which the body continues on the same page.
public struct Masthead: Hashable, Sendable {
    public var classification: String?
    /// The bulletin's name (工业园区工作简报); nil leaves its line out.
    public var name: String?
    /// The issue as set (第3期, 2014年第3期).
    public var issue: String?
    public var organisation: String?
    public var date: String
    /// The brief's title: the document's level-1 heading, in the outline.
    public var title: String

    public init(
        classification: String?, name: String?, issue: String?, organisation: String?, date: String, title: String
    ) {
        self.classification = classification
        self.name = name
        self.issue = issue
        self.organisation = organisation
        self.date = date
        self.title = title
    }

    /// The destination of the title, for the outline.
    public static let anchor = "masthead"
}

/// How the masthead's two large lines are set: the bulletin's name (its colour is the theme's
/// accent) and the brief's title. Its other lines are set in ``LayoutTheme/coverDetail``.
public struct MastheadStyle: Hashable, Sendable {
    public var name: TextStyle
    public var title: TextStyle

    public init(name: TextStyle, title: TextStyle) {
        self.name = name
        self.title = title
    }
}

/// Sets a ``Masthead`` as slices for the paginator: the head (name to rule) and the title, kept
/// together and with what follows.
struct MastheadStacker {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    let ids: StructureIDs

    /// The rule under the unit and date line.
    static let ruleWeight = 2.0
    /// Space between the rule and the title, and between the title and the body.
    static let titleSpace = 18.0

    var style: MastheadStyle {
        theme.masthead ?? MastheadStyle(name: theme.coverTitle.with { $0.size *= 2 }, title: theme.coverTitle)
    }

    func slices(for masthead: Masthead, width: Double) -> [VBox] {
        let detail = theme.coverDetail
        var lines = LineSetter(typesetter: typesetter, width: width)
        if let classification = masthead.classification {
            lines.text(classification, detail.with { $0.weight = .bold }, tag: ids.tag(.paragraph))
        }
        if let name = masthead.name {
            lines.space(style.name.size * 0.3)
            lines.text(name, style.name.with { $0.color = theme.accent }, alignment: .center, tag: ids.tag(.paragraph))
        }
        if let issue = masthead.issue {
            lines.space(detail.size * 0.5)
            lines.text(issue, detail, alignment: .center, tag: ids.tag(.paragraph))
        }
        lines.space(detail.size)
        lines.split(masthead.organisation ?? "", masthead.date, detail, tag: ids.tag(.paragraph))
        lines.space(detail.size * 0.4)
        lines.rule(weight: Self.ruleWeight, color: theme.accent)
        let head = VBox(height: lines.y, items: lines.items, keepWithNext: true)

        // Balanced like a cover title, then centred: lines of near-equal length in the middle.
        let balanced = CoverPage(theme: theme, typesetter: typesetter).balanced(
            ParagraphSpec(RichText(masthead.title), style: style.title, width: width))
        let measure = min(width, balanced.naturalWidth + 0.5)
        let title = typesetter.typeset(
            ParagraphSpec(RichText(masthead.title), style: style.title, width: measure, alignment: .center))
        var setter = LineSetter(typesetter: typesetter, width: width)
        setter.place(title, x: (width - measure) / 2, tag: ids.tag(.heading(level: 1)))
        let heading = Heading(level: 1, text: masthead.title, anchor: Masthead.anchor, inContents: false)
        let titleBox = VBox(
            height: setter.y + Self.titleSpace,
            items: [PositionedItem(position: .zero, item: .anchor(Masthead.anchor))] + setter.items,
            spaceBefore: Self.titleSpace, keepWithNext: true, heading: heading)
        return [head, titleBox]
    }
}
