import BriefingCore
import BriefingData
import BriefingLayout
import BriefingRender
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// The examples' tables set with Pango's real metrics: every header's name takes at most three
/// lines (its unit's line not counted), no header line ends inside a unit or inside a word (for
/// Chinese, a word of ICU's dictionary segmentation of the name without its word joiners; for
/// English, a line ends at a space or after a hyphen), and no number is broken.
@Suite struct TableHeaderTests {
    /// A set table cell: its text (word joiners kept) and its lines' byte ranges.
    struct Cell {
        var text: String
        var lines: [Range<Int>]

        /// The text of each line, trimmed.
        var lineTexts: [String] {
            let bytes = Array(text.utf8)
            return lines.map {
                String(decoding: bytes[$0], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }

        /// How many lines hold the name: those starting before the line break after which the unit comes.
        var nameLines: Int {
            guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return lines.count }
            let end = text.utf8.distance(from: text.utf8.startIndex, to: newline)
            return lines.filter { $0.lowerBound < end }.count
        }
    }

    /// The header cells and body cells of every table of `document`.
    func cells(_ document: PagedDocument) -> (headers: [Cell], body: [Cell]) {
        var headers: [Cell] = []
        var body: [Cell] = []
        for page in document.pages {
            for (item, _) in page.leaves() {
                guard case .text(let text) = item.item, let role = item.structure.last?.role else { continue }
                let cell = Cell(
                    text: text.paragraph.spec.text.plainText, lines: text.paragraph.lines[text.lines].map(\.byteRange))
                if role == .tableHeaderCell { headers.append(cell) } else if role == .tableCell { body.append(cell) }
            }
        }
        return (headers, body)
    }

    func brief(_ path: String) throws -> (
        headers: [Cell], body: [Cell], warnings: [String], language: Language, text: String
    ) {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .en).mono)
        let laidOut = try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil)
        let (headers, body) = cells(laidOut.document)
        // A line keeps the space it ends with: lines joined without the newline read as written.
        let text = laidOut.document.pages.flatMap { $0.textLines() }.joined(separator: " ").filter { $0 != "\n" }
        return (headers, body, laidOut.warnings.map(\.message), brief.manifest.language, text)
    }

    /// `line` without word joiners.
    func plain(_ line: String) -> String { line.filter { $0 != HeaderText.wordJoiner } }

    /// Checks every header of a table: at most three lines of name, the unit whole on the last
    /// line, every break between words; and every number on one line.
    func check(headers: [Cell], body: [Cell], language: Language) {
        #expect(!headers.isEmpty)
        for cell in headers {
            let lines = cell.lineTexts
            #expect(cell.nameLines <= 3, "\(lines)")
            if cell.text.contains("\n") {
                // The unit, after the line break, is the last line, whole: (bn yuan), （亿元）.
                let unit = plain(lines.last ?? "")
                #expect(
                    unit.hasPrefix("(") && unit.hasSuffix(")") || unit.hasPrefix("（") && unit.hasSuffix("）"), "\(lines)"
                )
                #expect(cell.lines.count == cell.nameLines + 1, "\(lines)")
            }
            let name = String(cell.text.prefix { $0 != "\n" })
            let bytes = Array(cell.text.utf8)
            for line in cell.lines.prefix(cell.nameLines - 1) {
                let before = String(decoding: bytes[line], as: UTF8.self).last ?? " "
                if language == .en {
                    // A space, a hyphen, or a dash ("Consumer price index (1982–" / "84 = 100)").
                    #expect(" -\u{2013}\u{2014}".contains(before), "\(lines): a break inside a word")
                } else {
                    let boundaries = Set(
                        WordBoundaries.pieces(of: plain(name), locale: "zh").map {
                            $0.endIndex.utf16Offset(in: plain(name))
                        })
                    let offset = plain(String(decoding: bytes[..<line.upperBound], as: UTF8.self)).utf16.count
                    #expect(boundaries.contains(offset), "\(lines): a break inside a word")
                }
            }
        }
        let numbers = body.filter { cell in
            cell.text.first?.isNumber == true && cell.text.allSatisfy { $0.isNumber || ",.%+-−".contains($0) }
        }
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0.lines.count == 1 }, "\(numbers.map(\.lineTexts))")
    }

    @Test(arguments: [
        "parks-2014/brief.yaml", "parks-2014/brief.zh.yaml", "parks-2014/brief.jianbao.yaml", "us-macro/brief.yaml",
        "us-macro/brief.zh.yaml",
        "gapminder/brief.yaml", "gapminder/brief.zh.yaml",
    ])
    func everyHeaderOfAnExampleTakesAtMostThreeLines(_ path: String) throws {
        let (headers, body, warnings, language, _) = try brief(
            Support.packageRoot.appendingPathComponent("Briefings/" + path).path)
        check(headers: headers, body: body, language: language)
        #expect(!warnings.contains { $0.contains("the header") }, "\(warnings)")
    }

    @Test(arguments: [Language.en, .zh]) func everyHeaderOfAMonthlyReportTakesAtMostThreeLines(_ language: Language)
        throws
    {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let batch = try ReportBatch.load(
            Support.packageRoot.appendingPathComponent("Briefings/parks-monthly").path, entities: ["hitech"],
            periods: Period(year: 2013, month: 6)...Period(year: 2013, month: 6))
        let job = try #require(batch.jobs.first { $0.language == language })
        let typesetter = try PangoTypesetter(monospaceFamily: batch.theme.fonts(for: language).mono)
        let laidOut = try MonthlyReport.layout(job, batch: batch, typesetter: typesetter, sourceDateEpoch: nil)
        let (headers, body) = cells(laidOut.document.document)
        check(headers: headers, body: body, language: language)
    }

    @Test func theEnglishExampleShowsItsShortNamesInTheTableAndNamesTheTrendBelowIt() throws {
        let (headers, _, _, _, text) = try brief(Support.example)
        let names = headers.map { RichText(String($0.text.prefix { $0 != "\n" })).readableText }
        #expect(names.contains("Tech, industry & trade") && names.contains("Foreign investment used"), "\(names)")
        #expect(names.contains("Monthly trend") && !names.contains { $0.contains("Total technology") }, "\(names)")
        #expect(headers.allSatisfy { $0.lines.count <= 4 })
        #expect(text.contains("Monthly trend: Total technology, industry and trade volume."))
    }
}
