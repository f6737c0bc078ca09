import BriefingCore
import BriefingLayout
import BriefingRender
import Testing

@testable import Briefing

/// The float rule seen on the example briefs' layout model (Pango metrics): every body page is
/// at least 85% full except the last and a page that ends before a section start, and the
/// figures come in their numbered order.
@Suite struct PageFillTests {
    static let briefs = [
        Support.example, Support.example + "/brief.zh.yaml", StressBriefTests.path,
    ]

    func laidOut(_ path: String) throws -> (LaidOutDocument, LayoutTheme, any Typesetter) {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        return (try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil), theme, typesetter)
    }

    /// The body area of a page of `size`.
    func body(_ size: Size, theme: LayoutTheme, typesetter: any Typesetter) -> Rect {
        DocumentLayout.bodyRect(theme: theme.with { $0.pageSize = size }, typesetter: typesetter)
    }

    /// How much of the body's height the page's content reaches down to.
    func fill(of page: Frame, body: Rect) -> Double {
        let bottom =
            page.leaves().map(\.bounds).filter { $0.minY >= body.minY - 0.5 && $0.maxY <= body.maxY + 0.5 }
            .map(\.maxY).max() ?? body.minY
        return (bottom - body.minY) / body.height
    }

    /// Whether the page opens with a section start: a level-1 heading's anchor at the body's top.
    func opensSection(_ page: Frame, destinations: Set<String>, body: Rect) -> Bool {
        page.items.contains {
            if case .anchor(let name) = $0.item {
                return destinations.contains(name) && abs($0.position.y - body.minY) < 1
            }
            return false
        }
    }

    /// Fails today: the examples' charts sections hold figures only, so the float rule finds no
    /// text to move up (parks-2014 pages 3–5: 70%, 78%, 82%; stress pages 4–6: 81%, 81%, 78%).
    @Test(
        .disabled("charts-only pages need a second mechanism (figure spacing or flexible chart heights)"),
        arguments: briefs)
    func everyPageIsFullUnlessASectionStartsNext(path: String) throws {
        let (laidOut, theme, typesetter) = try laidOut(path)
        let document = laidOut.document
        let sections = Set(document.outline.filter { $0.level == 1 }.map(\.destination))
        let first = document.outline.first?.destination == "cover" ? 1 : 0
        var fills: [String] = []
        for index in first..<document.pages.count - 1 {
            let page = document.pages[index]
            let next = document.pages[index + 1]
            guard
                !opensSection(next, destinations: sections, body: body(next.size, theme: theme, typesetter: typesetter))
            else { continue }
            let fill = fill(of: page, body: body(page.size, theme: theme, typesetter: typesetter))
            fills.append("\(index + 1): \(Int((fill * 100).rounded()))%")
            #expect(fill >= 0.85, "page \(index + 1) of \(path) is \(Int(fill * 100))% full")
        }
        print("fill \(path.split(separator: "/").suffix(2).joined(separator: "/")): \(fills.joined(separator: ", "))")
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
}
