import BriefingCore
import BriefingRender
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing
@testable import BriefingLayout

/// Page fill, flexible figure heights and the float rule seen on the example briefs' layout model
/// (Pango metrics): every page that is not exempt is at least 85% full, every chart is drawn at a
/// height within its range without distortion, and the figures come in their numbered order.
@Suite struct PageFillTests {
    static let briefs = [
        Support.example, Support.example + "/brief.zh.yaml", StressBriefTests.path,
        Support.packageRoot.appendingPathComponent("Briefings/us-macro").path,
        Support.packageRoot.appendingPathComponent("Briefings/us-macro/brief.zh.yaml").path,
        Support.packageRoot.appendingPathComponent("Briefings/gapminder").path,
        Support.packageRoot.appendingPathComponent("Briefings/gapminder/brief.zh.yaml").path,
    ]

    /// The least share of a page's body that content takes, on pages not exempt.
    static let minimumFill = 0.85

    func laidOut(_ path: String) throws -> (LaidOutDocument, LayoutTheme, any Typesetter) {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        return (try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil), theme, typesetter)
    }

    /// The composer of the brief at `path`, with Pango as `briefing build` uses it.
    static func composer(_ path: String) throws -> BriefComposer {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let language = brief.manifest.language
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: language).mono)
        return BriefComposer(
            brief: brief,
            layoutTheme: brief.theme.layoutTheme(language: language, pageSize: brief.manifest.pageSize.size),
            chartTheme: brief.theme.chartTheme(language: language), typesetter: typesetter, creationDate: Date())
    }

    /// The brief's figures as composed, before pagination: their drawings at their natural size.
    static func figures(_ path: String) throws -> [Figure] {
        try composer(path).documentSpec().body.compactMap { block -> Figure? in
            guard case .figure(let figure) = block else { return nil }
            return figure
        }
    }

    /// The drawings of the figures on `pages`, in order.
    static func drawings(on pages: [Frame]) -> [Frame] {
        func drawings(in frame: Frame) -> [Frame] {
            frame.items.flatMap { item -> [Frame] in
                guard case .group(let group) = item.item else { return [] }
                if case .figure = group.role { return [group.frame] }
                return drawings(in: group.frame)
            }
        }
        return pages.flatMap(drawings)
    }

    /// The styles of a frame's text, by font and size.
    static func textSizes(_ frame: Frame) -> Set<String> {
        Set(
            frame.leaves().compactMap { leaf -> String? in
                guard case .text(let text) = leaf.item.item else { return nil }
                let style = text.paragraph.spec.style
                return "\(style.family) \(style.size) \(style.weight)"
            })
    }

    @Test(arguments: briefs) func figuresTakeAHeightWithinTheirRange(path: String) throws {
        let figures = try Self.figures(path)
        let drawn = Self.drawings(on: try laidOut(path).0.document.pages)
        #expect(drawn.count == figures.count)
        for (figure, drawing) in zip(figures, drawn) {
            let range = try #require(figure.flexibleHeight?.range)
            #expect(range.contains(figure.frame.size.height))
            #expect(
                range.lowerBound - 0.5...range.upperBound + 0.5 ~= drawing.size.height, "\(figure.caption.plainText)")
            #expect(drawing.size.width == figure.frame.size.width)
        }
    }

    /// A chart drawn at either end of its range has the height asked, its width, and text of the
    /// same fonts and sizes as at its natural height: only its plot area changes.
    @Test(arguments: briefs) func chartsAreDrawnAtTheirHeightUndistorted(path: String) throws {
        let composer = try Self.composer(path)
        let drawer = composer.drawer
        for figure in try Self.figures(path) {
            let range = try #require(figure.flexibleHeight?.range)
            for height in [range.lowerBound, range.upperBound] {
                let frame = try #require(drawer.frame(for: figure, height: height))
                #expect(
                    frame.size == Size(width: figure.frame.size.width, height: height), "\(figure.caption.plainText)")
                #expect(
                    Self.textSizes(frame) == Self.textSizes(figure.frame), "\(figure.caption.plainText) at \(height)")
                #expect(frame.items(outside: Rect(origin: .zero, size: frame.size)).isEmpty)
            }
        }
    }

    /// The ranges chosen by kind: a time series flexes most, a donut never grows.
    @Test func heightRangesByChartKind() {
        #expect(ChartComposer.heights(of: .line, natural: 200) == 150...270)
        #expect(ChartComposer.heights(of: .ranking, natural: 200) == 170...250)
        #expect(ChartComposer.heights(of: .bullet, natural: 200) == 180...260)
        #expect(ChartComposer.heights(of: .donut, natural: 200) == 160...200)
    }

    /// A body page measured from its geometry alone.
    struct MeasuredPage {
        /// How much of the body's height content takes: the text and drawings from the body's
        /// top down to the lowest edge among them, plus the footnotes from the body's foot up
        /// to the top of the highest one; the gap between the two is the page's empty space.
        var fill: Double
        /// The page's first line of text is a level-1 heading (a section start).
        var opensSection: Bool
        /// The page holds the contents (a page break follows it).
        var holdsContents: Bool
        var size: Size
    }

    static func measure(_ page: Frame, body: Rect) -> MeasuredPage {
        let leaves = page.leaves().filter { body.contains($0.bounds, tolerance: 0.5) }
        func has(_ leaf: (item: PositionedItem, bounds: Rect), _ role: (StructureTag.Role) -> Bool) -> Bool {
            leaf.item.structure.contains { role($0.role) }
        }
        let notes = leaves.filter { has($0) { $0 == .note } }
        let notesTop = notes.map(\.bounds.minY).min().map { $0 - Footnotes.separator } ?? body.maxY
        let flow = leaves.filter { !has($0) { $0 == .note } && $0.bounds.maxY <= notesTop + 0.5 }
        let bottom = flow.map(\.bounds.maxY).max() ?? body.minY
        let first = flow.filter {
            if case .text = $0.item.item { return true }
            return false
        }.min { $0.bounds.minY < $1.bounds.minY }
        return MeasuredPage(
            fill: 1 - max(0, notesTop - bottom) / body.height,
            opensSection: first.map { has($0) { if case .heading(level: 1) = $0 { true } else { false } } } ?? false,
            holdsContents: leaves.contains { has($0) { $0 == .tableOfContents } }, size: page.size)
    }

    /// The fill of every body page, with whether the page is exempt: it ends before a section
    /// start (the next page opens with a level-1 heading, or this one holds the contents, or the
    /// pages turn between portrait and landscape), or it is the last page.
    func fills(_ path: String) throws -> [(page: Int, fill: Double, exempt: Bool)] {
        let (laidOut, theme, typesetter) = try laidOut(path)
        let pages = laidOut.document.pages
        let first = laidOut.document.outline.first?.destination == "cover" ? 1 : 0
        let measured = pages.indices.map { index -> MeasuredPage in
            let size = pages[index].size
            let pageTheme = theme.with { $0.pageSize = size }
            return Self.measure(pages[index], body: DocumentLayout.bodyRect(theme: pageTheme, typesetter: typesetter))
        }
        return (first..<pages.count).map { index in
            let next = index + 1 < pages.count ? measured[index + 1] : nil
            let exempt =
                next.map { $0.opensSection || $0.size != measured[index].size || measured[index].holdsContents } ?? true
            return (index + 1, measured[index].fill, exempt)
        }
    }

    @Test(arguments: briefs) func pagesAreFullExceptBeforeASectionStart(path: String) throws {
        let short = try fills(path).filter { !$0.exempt && $0.fill < Self.minimumFill }
        #expect(short.isEmpty, "\(short.map { "page \($0.page): \(Int(($0.fill * 100).rounded()))%" })")
    }

    @Test(arguments: briefs) func figuresKeepTheirOrder(path: String) throws {
        let document = try laidOut(path).0.document
        let captions = document.pages.flatMap { $0.textLines() }.compactMap { line -> Int? in
            for prefix in ["Figure ", "图"] where line.hasPrefix(prefix) {
                let digits = line.dropFirst(prefix.count).prefix { $0.isNumber }
                if let number = Int(digits),
                    line.dropFirst(prefix.count + digits.count).first.map({ ".：:　 ".contains($0) }) == true
                {
                    return number
                }
            }
            return nil
        }
        #expect(!captions.isEmpty)
        #expect(captions == Array(1...captions.count), "\(captions)")
    }

    /// The measure itself, on a page of known geometry: a 100 pt body with 60 pt of content and
    /// a footnote 10 pt tall at its foot leaves 21 pt empty (the 9 pt above the footnote belong
    /// to its separator, not to the gap): 79% full.
    @Test func fillIsMeasuredFromThePageGeometry() {
        let body = Rect(x: 10, y: 10, width: 100, height: 100)
        var page = Frame(size: Size(width: 120, height: 120))
        page.append(.shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 100, height: 60)), fill: .black)))
        let note = StructureTag(.note, id: 1)
        page.append(
            .shape(Shape(path: .rect(Rect(x: 10, y: 100, width: 100, height: 10)), fill: .black)), structure: [note])
        let measured = Self.measure(page, body: body)
        #expect(Footnotes.separator == 9)
        #expect(abs(measured.fill - 0.79) < 1e-9)
        #expect(!measured.opensSection)
    }

    /// A meeting's details (date, chair, attendees) are never left at a page's foot under their
    /// section's heading: they open the page the notes' first heading is on (the Chinese example
    /// had 全市工业园区发展座谈会 and its details alone at the foot of page 6). Read from the built PDF.
    @Test(arguments: [("brief.yaml", "Date:", "Summary"), ("brief.zh.yaml", "日期：", "会议概要")])
    func aMeetingsDetailsStayWithWhatFollows(manifest: String, details: String, first: String) throws {
        let folder = try Support.copyOfExample()
        let pdf = folder + "/out.pdf"
        let built = try Support.briefing(["build", folder + "/" + manifest, "-o", pdf])
        #expect(built.status == 0, "\(built.stderr)")
        let pages = try Support.text(of: pdf).split(separator: "\u{0C}", omittingEmptySubsequences: false)
        // The page the details open (the contents and running headers name the section, not its date).
        let opened = try #require(pages.firstIndex { $0.contains(details) })
        #expect(pages[opened].contains(first), "\(pages[opened])")
    }
}
