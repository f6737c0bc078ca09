import BriefingCore
import BriefingLayout
import BriefingRender
import Testing

@testable import Briefing

/// The example briefs' table 1 set with Pango's real metrics: no header line ends inside a unit
/// or inside a word (for Chinese, a word of ICU's dictionary segmentation of the name without its
/// word joiners), the Chinese headers take at most three lines and every header of a table the
/// same most lines or fewer, and no number is broken.
@Suite struct TableHeaderTests {
    /// The header cells and body cells of the first table of `path`'s brief, each as its lines.
    func table1(_ path: String) throws -> (headers: [[String]], body: [[String]]) {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        let document = try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil).document
        let page = try #require(
            document.pages.first { $0.textLines().contains { $0.hasPrefix("Table 1") || $0.hasPrefix("表1") } })
        var headers: [[String]] = []
        var body: [[String]] = []
        for (item, _) in page.leaves() {
            guard case .text(let text) = item.item, let role = item.structure.last?.role else { continue }
            let bytes = Array(text.paragraph.spec.text.plainText.utf8)
            let lines = text.paragraph.lines[text.lines].map {
                String(decoding: bytes[$0.byteRange], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if role == .tableHeaderCell { headers.append(lines) } else if role == .tableCell { body.append(lines) }
        }
        return (headers, body)
    }

    /// `line` without word joiners.
    func plain(_ line: String) -> String { line.filter { $0 != HeaderText.wordJoiner } }

    @Test func chineseHeadersBreakOnlyBetweenWordsAndKeepTheirUnitsWhole() throws {
        let (headers, body) = try table1(Support.example + "/brief.zh.yaml")
        #expect(headers.count == 8)
        for lines in headers {
            #expect(lines.count <= 3, "\(lines)")
            // The unit, when there is one, is the last line, whole: （亿元）.
            let unit = lines.last.map(plain) ?? ""
            if unit.contains("（") { #expect(unit.hasPrefix("（") && unit.hasSuffix("）"), "\(lines)") }
            let name = lines.map(plain).filter { !$0.hasPrefix("（") }
            let boundaries = Set(
                WordBoundaries.pieces(of: name.joined(), locale: "zh").map {
                    $0.endIndex.utf16Offset(in: name.joined())
                })
            var offset = 0
            for line in name.dropLast() {
                offset += line.utf16.count
                #expect(boundaries.contains(offset), "\(lines): break after '\(line)' is inside a word")
            }
        }
        #expect(headers.contains { $0.map(plain) == ["规模工业增加", "值", "（亿元）"] || $0.map(plain).first == "规模工业增加值" })
        #expect(!headers.contains { $0.map(plain).contains("元）") }, "a unit broken: \(headers)")
        #expect(body.allSatisfy { $0.count == 1 }, "\(body)")
    }

    @Test func englishHeadersKeepTheirUnitsWholeOnTheirOwnLine() throws {
        let (headers, body) = try table1(Support.example)
        #expect(headers.count == 8)
        for lines in headers where lines.contains(where: { $0.contains("(") }) {
            // (bn yuan) on a line of its own, never "(bn" / "yuan)".
            #expect(lines.last?.hasPrefix("(") == true && lines.last?.hasSuffix(")") == true, "\(lines)")
            #expect(lines.filter { $0.contains("(") || $0.contains(")") }.count == 1, "\(lines)")
        }
        // Eight columns on an A4 page leave room for five lines (four of name, one of unit) at most.
        #expect(headers.map(\.count).max() == 5, "\(headers)")
        let numbers = body.filter { $0.joined().first?.isNumber == true }
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0.count == 1 }, "\(numbers)")
    }
}
