import BriefingCore
import BriefingRender
import Foundation
import Testing

@testable import Briefing
@testable import BriefingLayout

/// Page fill and the float rule seen on the example briefs' layout model (Pango metrics): every
/// page that is not exempt is at least 85% full, and the figures come in their numbered order.
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

    /// A body page measured from its geometry alone.
    struct MeasuredPage {
        /// How much of the body's height content takes: the text and drawings from the body's
        /// top down to the lowest edge among them, plus the footnotes from the body's foot up
        /// to the top of the highest one; the gap between the two is the page's empty space.
        var fill: Double
        /// The page's first line is a level-1 heading (a section start).
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
        let first = flow.min { $0.bounds.minY < $1.bounds.minY }
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
        page.append(.shape(Shape(path: .rect(Rect(x: 10, y: 100, width: 100, height: 10)), fill: .black)), structure: [note])
        let measured = Self.measure(page, body: body)
        #expect(Footnotes.separator == 9)
        #expect(abs(measured.fill - 0.79) < 1e-9)
        #expect(!measured.opensSection)
    }
}
