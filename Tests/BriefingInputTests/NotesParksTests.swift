import BriefingCore
import Foundation
import Testing

@testable import BriefingInput

/// The sample notes of the parks briefing, in English and Chinese.
@Suite("Notes: parks-2014 samples")
struct NotesParksTests {
    let english: NoteDocument
    let englishWarnings: [Diagnostic]
    let chinese: NoteDocument
    let chineseWarnings: [Diagnostic]

    init() throws {
        (english, englishWarnings) = try NotesParser.parse(fileAt: NotesSupport.briefingPath("parks-2014/notes.md"))
        (chinese, chineseWarnings) = try NotesParser.parse(fileAt: NotesSupport.briefingPath("parks-2014/notes.zh.md"))
    }

    @Test func noWarnings() {
        #expect(englishWarnings.isEmpty)
        #expect(chineseWarnings.isEmpty)
    }

    @Test func frontMatter() {
        #expect(english.frontMatter.keys == ["title", "date", "chair", "attendees"])
        #expect(english.frontMatter["title"] == "Symposium on the development of the city's industrial parks")
        #expect(english.frontMatter["date"] == "2014-03-12")
        #expect(english.frontMatter["chair"] == "Deputy Secretary of the Municipal Party Committee")
        #expect(english.frontMatter["attendees"]?.hasPrefix("Heads of the twelve industrial parks; ") == true)
        #expect(chinese.frontMatter["title"] == "全市工业园区发展座谈会")
        #expect(chinese.frontMatter["date"] == "2014-03-12")
        #expect(chinese.frontMatter["chair"] == "市委副书记")
        // The value's position in the file, for later diagnostics about it.
        let path = NotesSupport.briefingPath("parks-2014/notes.md")
        #expect(
            english.frontMatter.entry("date")?.location == BriefingCore.SourceLocation(path: path, line: 3, column: 7))
    }

    @Test func headingsInOrder() {
        #expect(NotesSupport.headings(english.blocks) == ["Summary", "Targets for 2014", "Discussion", "Requirements"])
        #expect(NotesSupport.headings(chinese.blocks) == ["会议概要", "2014年目标", "座谈发言", "工作要求"])
        let levels = english.blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block { return level }
            return nil
        }
        #expect(levels == [1, 1, 1, 1])
    }

    @Test func blockSequence() {
        let kinds = english.blocks.map(Self.kind)
        #expect(
            kinds == [
                "heading", "paragraph", "list", "paragraph",
                "heading", "list",
                "heading", "paragraph", "list", "quote",
                "heading", "paragraph", "list", "table",
            ])
        // The Chinese discussion has no bullet list.
        var zhKinds = kinds
        zhKinds.remove(at: 8)
        #expect(chinese.blocks.map(Self.kind) == zhKinds)
    }

    @Test func boldSpansInSummary() throws {
        let bold = NotesSupport.spans(english.blocks).filter(\.bold).map(\.text)
        #expect(bold == ["strong downward pressure", "241.10 billion yuan", "4.4 billion yuan", "52.5 billion yuan"])
        let item = try #require(Self.items(english.blocks, at: 2)?.first)
        #expect(
            item == [
                .paragraph(
                    RichText([
                        Span("Total technology, industry and trade volume reached "),
                        Span("241.10 billion yuan", bold: true), Span(", up 37.6%."),
                    ]))
            ])
        let zhBold = NotesSupport.spans(chinese.blocks).filter(\.bold).map(\.text)
        #expect(zhBold == ["经济下行压力较大", "2411.0亿元", "44亿元", "525亿元"])
    }

    @Test func paragraphSoftBreaksBecomeSpaces() throws {
        guard case .paragraph(let text)? = Self.block(english, 1) else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(
            text.plainText
                == "The symposium reviewed the parks' results for 2013 and agreed the targets for 2014. "
                + "Despite a difficult external economy and strong downward pressure, the parks grew "
                + "steadily in 2013:")
        #expect(text.spans.count == 3)
    }

    @Test func chineseSoftBreakJoinsWithoutSpace() throws {
        guard case .paragraph(let text)? = Self.block(chinese, 1) else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(text.plainText.contains("在外部经济形势复杂、经济下行压力较大的情况下"))
        #expect(!text.plainText.contains(" "))
        #expect(
            text.spans == [
                Span("座谈会回顾了各园区2013年的发展成绩，并明确了2014年的目标任务。在外部经济形势复杂、"),
                Span("经济下行压力较大", bold: true),
                Span("的情况下，全市工业园区2013年保持平稳较快增长："),
            ])
        #expect(chinese.plainText.contains("招商引资等作了发言，并在人才"))
    }

    @Test func orderedListOfTargets() throws {
        guard case .list(let ordered, let start, let tight, let items)? = Self.block(english, 5) else {
            Issue.record("expected the targets list")
            return
        }
        #expect(ordered && start == 1 && tight)
        #expect(items.count == 3)
        let emphasis = NotesSupport.spans([Self.block(english, 5)].compactMap { $0 }).filter(\.italic).map(\.text)
        #expect(emphasis == ["more than 20%", "16%", "60%"])
        #expect(
            items[0] == [
                .paragraph(
                    RichText([
                        Span(
                            "Growth of the total technology, industry and trade volume, of foreign investment and of the other key economic indicators: "
                        ),
                        Span("more than 20%", italic: true), Span("."),
                    ]))
            ])
        guard case .list(true, 1, true, let zhItems)? = Self.block(chinese, 5) else {
            Issue.record("expected the Chinese targets list")
            return
        }
        #expect(zhItems.count == 3)
        #expect(NotesSupport.spans(zhItems[1]) == [Span("园区规模工业增加值增长"), Span("16%", italic: true), Span("；")])
    }

    @Test func bulletListOfSuggestions() throws {
        guard case .list(false, _, true, let items)? = Self.block(english, 8) else {
            Issue.record("expected a tight bullet list")
            return
        }
        #expect(items.map { $0.map(\.plainText).joined() }.first == "talent and training,")
        #expect(items.count == 5)
    }

    @Test func quote() throws {
        #expect(
            Self.block(english, 9)
                == .quote([
                    .paragraph(
                        "The development of industry is one of the city's great concerns, and the development of the parks is the key to the development of industry."
                    )
                ]))
        #expect(Self.block(chinese, 8) == .quote([.paragraph("发展工业是全市的大事，园区发展是工业发展的关键。")]))
    }

    @Test func table() throws {
        guard case .table(let alignments, let header, let rows)? = Self.block(english, 13) else {
            Issue.record("expected a table")
            return
        }
        #expect(alignments == [.none, .none, .none])
        #expect(header.map(\.plainText) == ["Action", "Lead", "Due"])
        #expect(rows.count == 3)
        #expect(
            rows.map { $0.map(\.plainText) }.dropFirst().first == [
                "Report on supporting facilities in each park", "Park management committees", "2014-06-30",
            ])
        guard case .table(_, let zhHeader, let zhRows) = chinese.blocks.last else {
            Issue.record("expected a Chinese table")
            return
        }
        #expect(zhHeader.map(\.plainText) == ["工作事项", "牵头单位", "完成时限"])
        #expect(zhRows.map { $0.map(\.plainText) }.last == ["园区企业融资平台", "市财政局", "2014-09-30"])
    }

    static func kind(_ block: NoteBlock) -> String {
        switch block {
        case .heading: return "heading"
        case .paragraph: return "paragraph"
        case .list: return "list"
        case .quote: return "quote"
        case .table: return "table"
        case .code: return "code"
        case .rule: return "rule"
        case .html: return "html"
        case .footnotes: return "footnotes"
        }
    }

    static func block(_ document: NoteDocument, _ index: Int) -> NoteBlock? {
        document.blocks.indices.contains(index) ? document.blocks[index] : nil
    }

    static func items(_ blocks: [NoteBlock], at index: Int) -> [[NoteBlock]]? {
        guard blocks.indices.contains(index), case .list(_, _, _, let items) = blocks[index] else { return nil }
        return items
    }
}
