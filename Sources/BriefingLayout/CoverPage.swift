import BriefingCore

/// What the cover page shows.
public struct Cover: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var organisation: String?
    public var date: String
    public var classification: String?
    /// Where each of the cover's texts was written, for warnings about it (too long for the cover).
    public var locations: [Field: SourceLocation] = [:]

    /// A text of the cover.
    public enum Field: Hashable, Sendable {
        case title, subtitle, organisation, date, classification
    }

    public init(title: String, subtitle: String?, organisation: String?, date: String, classification: String?) {
        self.title = title
        self.subtitle = subtitle
        self.organisation = organisation
        self.date = date
        self.classification = classification
    }
}

/// Lays out the cover: classification at the top, organisation, title, subtitle and date in the
/// upper third, a rule in the accent colour; no running header or footer.
struct CoverPage {
    let theme: LayoutTheme
    let typesetter: any Typesetter
    /// Collects what did not fit (a title too long for the page).
    let log = LayoutLog()

    /// Space kept below the title and subtitle for the date and the rule at the foot.
    static let footSpace = 80.0

    func frame(for cover: Cover) -> Frame {
        let content = theme.contentRect
        var frame = Frame(size: theme.pageSize)
        let ids = StructureIDs()
        /// Sets `text` from `y` down, with only the lines that leave `footSpace` above the foot.
        func place(
            _ text: String, _ field: Cover.Field, _ style: TextStyle, at y: Double, alignment: TextAlignment = .left,
            role: StructureTag.Role = .paragraph
        ) -> Double {
            let paragraph = balanced(
                ParagraphSpec(RichText(text), style: style, width: content.width, alignment: alignment))
            let room = content.maxY - Self.footSpace - y
            let fitting = paragraph.lines.prefix { $0.top + $0.height <= room }.count
            let shown = min(paragraph.lines.count, max(1, fitting))
            if shown < paragraph.lines.count {
                log.warn(
                    "'\(text.prefix(40))…' is too long for the cover: \(shown) of its \(paragraph.lines.count) lines are shown",
                    at: cover.locations[field])
            }
            frame.append(
                .text(TextItem(paragraph: paragraph, lines: 0..<shown)), at: Point(x: content.minX, y: y),
                structure: [ids.tag(role)])
            return y + paragraph.height(of: 0..<shown)
        }
        frame.append(
            .shape(
                Shape(
                    path: .rect(Rect(x: content.minX, y: content.minY, width: content.width, height: 6)),
                    fill: theme.bodyAccent)))
        if let classification = cover.classification {
            let style = theme.coverDetail.with {
                $0.weight = .bold
                $0.color = theme.negative
            }
            _ = place(classification, .classification, style, at: content.minY + 14, alignment: .right)
        }
        var y = content.minY + content.height * 0.28
        if let organisation = cover.organisation {
            y =
                place(
                    organisation, .organisation,
                    theme.coverDetail.with {
                        $0.color = theme.bodyAccent; $0.weight = .bold
                    }, at: y) + 14
        }
        frame.append(.shape(Shape(path: .rect(Rect(x: content.minX, y: y, width: 56, height: 3)), fill: theme.bodyAccent)))
        y += 18
        // H1, not PDF 2.0's Title: cairo writes PDF 1.5, whose standard types have no Title.
        y = place(cover.title, .title, theme.coverTitle, at: y, role: .heading(level: 1)) + 10
        if let subtitle = cover.subtitle {
            y = place(subtitle, .subtitle, theme.coverSubtitle, at: y) + 10
        }
        _ = place(cover.date, .date, theme.coverDetail, at: y + 14)
        let footY = content.maxY - 1
        frame.append(
            .shape(
                Shape(path: .rect(Rect(x: content.minX, y: footY, width: content.width, height: 1)), fill: theme.rule)))
        return frame
    }

    /// `spec` set in the narrowest width (to a tenth of a point) that takes no more lines than
    /// its full width, so that a title's lines come out of near-equal length instead of a
    /// short last line ("…Targets for / 2014"). Left-aligned text only, so lines stay in place.
    func balanced(_ spec: ParagraphSpec) -> TypesetParagraph {
        let full = typesetter.typeset(spec)
        guard let width = spec.width, spec.alignment == .left, full.lines.count > 1 else { return full }
        var fits = width
        var tooNarrow = 0.0
        while fits - tooNarrow > 0.1 {
            let middle = (fits + tooNarrow) / 2
            var trial = spec
            trial.width = middle
            trial.breaksWords = false
            let lines = typesetter.typeset(trial).lines
            if lines.count <= full.lines.count, lines.allSatisfy({ $0.x + $0.width <= middle + 1e-6 }) {
                fits = middle
            } else {
                tooNarrow = middle
            }
        }
        var narrow = spec
        narrow.width = fits
        return typesetter.typeset(narrow)
    }
}
