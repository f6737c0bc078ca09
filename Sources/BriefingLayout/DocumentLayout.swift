import BriefingCore
import Foundation

/// What to lay out: the cover, the body blocks, and the running header and footer.
public struct DocumentSpec: Hashable, Sendable {
    public var cover: Cover?
    /// A bulletin's head, opening the body on page 1 (no running header there); meant instead of `cover`.
    public var masthead: Masthead? = nil
    /// A bulletin's closing block, at the foot of the last page.
    public var closing: ClosingBlock? = nil
    public var body: [Block]
    /// The running header's right side (the brief's title); its left side is the title of the
    /// section the page is in.
    public var header: String
    /// The footer's page label, with `{page}` and `{pages}` filled in ("Page {page} of {pages}").
    public var footerTemplate: String
    /// Left side of the footer (e.g. the organisation).
    public var footerLeft: String?
    public var metadata: DocumentMetadata

    public init(
        cover: Cover?, body: [Block], header: String, footerTemplate: String,
        footerLeft: String?, metadata: DocumentMetadata
    ) {
        self.cover = cover
        self.body = body
        self.header = header
        self.footerTemplate = footerTemplate
        self.footerLeft = footerLeft
        self.metadata = metadata
    }
}

/// A laid-out document and what layout had to say about it.
public struct LaidOutDocument: Hashable, Sendable {
    public var document: PagedDocument
    /// Problems that did not stop layout, e.g. a block too tall for a page.
    public var warnings: [LayoutWarning]
    /// Why the document could not be laid out in full (it would have more than
    /// `DocumentLayout.maxPages` pages, naming the section where it grew past them); the pages
    /// stop there, and must not be written.
    public var error: String?
}

/// Turns a document spec into pages: the body paginated between lines and rows, the contents
/// filled with the pages its entries landed on, running header and "page X of Y" on every page
/// but the cover, and the outline.
public enum DocumentLayout {
    /// Space between the running header or footer and the body.
    static let runningGap = 12.0
    /// The most pages a document may have, cover included: no input makes layout run away.
    public static let maxPages = Paginator.maxPages

    /// - Parameter drawer: draws figures with a ``FlexibleHeight`` at the height pagination
    ///   chooses for them; without one every figure keeps its frame's height.
    public static func layout(
        _ spec: DocumentSpec, theme: LayoutTheme, typesetter: any Typesetter, drawer: (any FigureDrawer)? = nil
    ) -> LaidOutDocument {
        let portrait = bodyRect(theme: theme, typesetter: typesetter)
        let landscapeTheme = theme.with {
            $0.pageSize = Size(width: theme.pageSize.height, height: theme.pageSize.width)
        }
        var segments = Segment.split(theme.headingNumbering.numbered(spec.body))
        // A masthead opens the body even when nothing follows it.
        if segments.isEmpty, spec.masthead != nil { segments = [Segment(blocks: [], landscape: false)] }
        let headings = segments.flatMap(\.blocks).compactMap { block -> Heading? in
            if case .heading(let heading) = block { return heading }
            return nil
        }
        let firstBodyPage = spec.cover == nil ? 1 : 2
        let footnotes = Footnotes(
            segments.flatMap(\.blocks), theme: theme, typesetter: typesetter, width: portrait.width,
            bodyHeight: min(portrait.height, bodyRect(theme: landscapeTheme, typesetter: typesetter).height))

        // The contents' entries are one line each whatever their numbers, so a second pass with
        // the numbers from the first lands every heading on the same page; a third is a safeguard.
        // Without a contents block the page numbers are never shown: one pass is enough.
        let hasContents = segments.flatMap(\.blocks).contains {
            if case .contents = $0 { return true }
            return false
        }
        var numbers: [String: String] = [:]
        var pages: [(boxes: [PlacedBox], landscape: Bool)] = []
        var footnotesByPage: [[Int]] = []
        var warnings: [LayoutWarning] = []
        var error: String?
        for _ in 0..<3 {
            let log = LayoutLog()
            let ids = StructureIDs()
            pages = []
            footnotesByPage = []
            warnings = []
            // Each run of landscape blocks is set on pages of its own, turned a quarter.
            for (index, segment) in segments.enumerated() {
                let segmentTheme = segment.landscape ? landscapeTheme : theme
                let body = bodyRect(theme: segmentTheme, typesetter: typesetter)
                var stacker = BlockStacker(
                    theme: segmentTheme, typesetter: typesetter, pageNumbers: numbers,
                    contentsEntries: headings.filter(\.inContents), bodyHeight: body.height, ids: ids, log: log)
                let head = index == 0 ? mastheadSlices(spec, theme: segmentTheme, typesetter: typesetter, ids: ids) : []
                stacker.flexibleFigures = drawer != nil
                var paginator = Paginator(
                    pageHeight: body.height, footnoteHeights: footnotes.heights, footnoteSeparator: Footnotes.separator,
                    footnoteCitations: footnotes.citations)
                paginator.pagesBefore = pages.count + firstBodyPage - 1
                let slices = head + stacker.slices(for: segment.blocks, width: body.width, marked: true)
                pages += paginator.paginate(slices).map { ($0, segment.landscape) }
                footnotesByPage += paginator.footnotesByPage
                warnings += paginator.warnings
                if let section = paginator.overflowSection {
                    let place = section.isEmpty ? "before its first heading" : "in the section '\(section.prefix(60))'"
                    error =
                        "the document would have more than \(maxPages.formatted(.number.locale(Locale(identifier: "en")))) pages; it grows past them \(place) (text, tables or theme sizes too large for the page)"
                    break
                }
            }
            if error != nil { break }
            if let closing = spec.closing {
                let box = ClosingBlockStacker(theme: theme, typesetter: typesetter, ids: ids).box(
                    for: closing, width: portrait.width)
                placeClosing(
                    box, pages: &pages, footnotesByPage: &footnotesByPage, footnotes: footnotes,
                    bodyHeight: portrait.height, log: log)
            }
            warnings = log.warnings + footnotes.warnings + warnings
            var found: [String: String] = [:]
            for (index, page) in pages.enumerated() {
                for placed in page.boxes {
                    if let heading = placed.box.heading { found[heading.anchor] = String(index + firstBodyPage) }
                }
            }
            if found == numbers || !hasContents { break }
            numbers = found
        }

        let total = pages.count + firstBodyPage - 1
        var frames: [Frame] = []
        var outline: [OutlineEntry] = []
        if let cover = spec.cover {
            let coverPage = CoverPage(theme: theme, typesetter: typesetter)
            var frame = coverPage.frame(for: cover)
            warnings += coverPage.log.warnings
            frame.append(.anchor("cover"), at: theme.contentRect.origin)
            frames.append(frame)
            outline.append(OutlineEntry(title: cover.title, level: 1, page: 0, destination: "cover"))
        }
        var section = ""
        for (pageIndex, (page, landscape)) in pages.enumerated() {
            let pageTheme = landscape ? landscapeTheme : theme
            let body = bodyRect(theme: pageTheme, typesetter: typesetter)
            var frame = Frame(size: pageTheme.pageSize)
            // The section a page belongs to is the last top-level heading on or before it; a page
            // that opens with a new section shows that one.
            if let opening = page.first?.box.heading, opening.level == 1 { section = opening.text }
            let pageSection = section
            for placed in page {
                let origin = Point(x: body.minX, y: body.minY + placed.y)
                frame.append(
                    contentsOf: placed.box.resized(by: placed.resize, drawer: drawer).items.map {
                        $0.offset(by: origin)
                    })
                if let heading = placed.box.heading, heading.level == 1 { section = heading.text }
                if let heading = placed.box.heading, heading.inOutline {
                    outline.append(
                        OutlineEntry(
                            title: heading.text, level: heading.level, page: frames.count, destination: heading.anchor))
                }
            }
            let notes = pageIndex < footnotesByPage.count ? footnotesByPage[pageIndex] : []
            frame.append(contentsOf: footnotes.items(notes, bottom: body.maxY, left: body.minX, width: body.width))
            let number = frames.count + 1
            addRunningText(
                to: &frame, spec: spec, section: pageSection, page: number, pages: total, theme: pageTheme,
                typesetter: typesetter, header: spec.masthead == nil || pageIndex > 0)
            frames.append(frame)
        }
        return LaidOutDocument(
            document: PagedDocument(
                pages: frames, outline: outline, metadata: spec.metadata, fonts: typesetter.fonts),
            warnings: warnings,
            error: error)
    }

    /// A run of blocks set on pages of one orientation.
    struct Segment {
        var blocks: [Block]
        var landscape: Bool

        /// The body cut where it turns to landscape pages and back.
        static func split(_ body: [Block]) -> [Segment] {
            var segments: [Segment] = []
            for block in body {
                if case .landscape(let blocks) = block {
                    segments.append(Segment(blocks: blocks, landscape: true))
                } else if let last = segments.last, !last.landscape {
                    segments[segments.count - 1].blocks.append(block)
                } else {
                    segments.append(Segment(blocks: [block], landscape: false))
                }
            }
            return segments
        }
    }

    /// The area of a body page left for content once the running header and footer are placed:
    /// the whole area inside the margins when neither takes room from it (`dashes` page numbers
    /// stand in the margin below).
    public static func bodyRect(theme: LayoutTheme, typesetter: any Typesetter) -> Rect {
        let content = theme.contentRect
        let band = typesetter.line("Page 1", style: theme.running).height + runningGap
        let top = theme.runningHeader ? band : 0
        let bottom = theme.pageNumbers == .label ? band : 0
        return Rect(
            x: content.minX, y: content.minY + top, width: content.width, height: content.height - top - bottom)
    }

    private static func addRunningText(
        to frame: inout Frame, spec: DocumentSpec, section: String, page: Int, pages: Int, theme: LayoutTheme,
        typesetter: any Typesetter, header: Bool
    ) {
        let content = theme.contentRect(for: frame.size)
        let half = content.width / 2 - 6
        /// Running text is one line: anything longer is cut rather than spilling into the body.
        @discardableResult
        func place(_ text: String, y: Double, alignment: TextAlignment, x: Double, width: Double) -> Double {
            guard !text.isEmpty else { return 0 }
            let paragraph = typesetter.typeset(
                ParagraphSpec(RichText(text), style: theme.running, width: width, alignment: alignment))
            frame.append(
                .text(TextItem(paragraph: paragraph, lines: 0..<min(1, paragraph.lines.count))), at: Point(x: x, y: y))
            return paragraph.lines.first?.width ?? 0
        }
        let lineHeight = typesetter.line("Page 1", style: theme.running).height
        if header && theme.runningHeader {
            place(section, y: content.minY, alignment: .left, x: content.minX, width: half)
            place(spec.header, y: content.minY, alignment: .right, x: content.maxX - half, width: half)
            let ruleY = content.minY + lineHeight + 3
            frame.append(
                .shape(
                    Shape(
                        path: .rect(Rect(x: content.minX, y: ruleY, width: content.width, height: 0.5)),
                        fill: theme.rule)))
        }
        if case .dashes(let position, let gap) = theme.pageNumbers {
            let label = typesetter.line(RichText(PageNumbers.dashed(page)), style: theme.running)
            let baseline = label.lines.first?.baseline ?? theme.running.size
            // The dashes stand at mid x-height, about 0.3 em above the baseline.
            let top = content.maxY + gap - (baseline - 0.3 * theme.running.size)
            let inset = theme.running.size
            let alignment: TextAlignment =
                switch position {
                case .right: .right
                case .center: .center
                case .outside: page % 2 == 1 ? .right : .left
                }
            place(
                PageNumbers.dashed(page), y: top, alignment: alignment, x: content.minX + inset,
                width: content.width - 2 * inset)
            return
        }

        let footerY = content.maxY - lineHeight
        let label = spec.footerTemplate.replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
        // The page label is short: the left side gets the rest of the line.
        let labelWidth = place(label, y: footerY, alignment: .right, x: content.maxX - half, width: half)
        if let left = spec.footerLeft {
            place(left, y: footerY, alignment: .left, x: content.minX, width: content.width - labelWidth - 12)
        }
        frame.append(
            .shape(
                Shape(
                    path: .rect(Rect(x: content.minX, y: footerY - 4, width: content.width, height: 0.5)),
                    fill: theme.rule)))
    }
}
