import BriefingCore
import BriefingInput
@testable import BriefingLayout
import BriefingRender
import BriefingTestSupport
import Foundation
import Testing

@testable import Briefing

/// The 简报 theme (`theme: jianbao`, Assets/themes/jianbao.yaml) on the layout model with Pango's
/// metrics and in the PDF: GB/T 9704-2012's text block and grid, numbered headings each in its
/// face, page numbers `— n —` at the outer side, the fonts embedded, and the errors for a theme
/// name that is no theme and for a brief not in Chinese.
@Suite struct JianbaoThemeTests {
    static let millimetre = 72 / 25.4
    static let example = Support.example + "/brief.jianbao.yaml"

    /// A copy of the example with `notes.md` (a long text: full pages) as its only section.
    static func textBrief(notes: String) throws -> String {
        let folder = try Support.copyOfExample()
        let manifest = try String(contentsOfFile: folder + "/brief.jianbao.yaml", encoding: .utf8)
        let head = manifest.components(separatedBy: "\nsections:")[0].replacingOccurrences(
            of: "notes: notes.zh.md", with: "notes: long.md")
        try (head + "\nsections: [notes]\n").write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        try notes.write(toFile: folder + "/long.md", atomically: true, encoding: .utf8)
        return folder
    }

    /// Notes three levels deep with paragraphs long enough to fill pages; one heading is numbered already.
    static let longNotes: String = {
        let sentence = "园区坚持创新驱动发展战略，推动产业转型升级，完善基础设施和公共服务，营造良好的营商环境。"
        let paragraph = String(repeating: sentence, count: 6)
        var text = "---\ntitle: 园区工作情况\n---\n\n"
        for chapter in ["发展成绩", "（二）存在问题"] {
            text += "# \(chapter)\n\n\(paragraph)\n\n## 产业发展\n\n\(paragraph)\n\n### 重点项目\n\n\(paragraph)\n\n"
            text += (1...6).map { _ in paragraph + "\n\n" }.joined()
        }
        return text
    }()

    func laidOut(_ path: String) throws -> (document: PagedDocument, theme: LayoutTheme, typesetter: PangoTypesetter) {
        try FontConfiguration.use(configFile: Assets.fontConfiguration)
        let brief = try Brief.load(path)
        let typesetter = try PangoTypesetter(monospaceFamily: brief.theme.fonts(for: .zh).mono)
        let theme = brief.theme.layoutTheme(language: brief.manifest.language, pageSize: brief.manifest.pageSize.size)
        let document = try BriefBuilder.layout(brief, typesetter: typesetter, sourceDateEpoch: nil).document
        return (document, theme, typesetter)
    }

    /// The text lines of `page` with their baselines on the page and their style, top to bottom.
    func lines(of page: Frame) -> [(text: String, baseline: Double, x: Double, width: Double, style: TextStyle)] {
        page.leaves().compactMap { leaf -> [(String, Double, Double, Double, TextStyle)]? in
            guard case .text(let item) = leaf.item.item else { return nil }
            let bytes = Array(item.paragraph.spec.text.plainText.utf8)
            let first = item.paragraph.lines[item.lines.lowerBound].top
            return item.lines.map { index in
                let line = item.paragraph.lines[index]
                return (
                    String(decoding: bytes[line.byteRange], as: UTF8.self).trimmingCharacters(in: .whitespaces),
                    leaf.bounds.minY - (item.localBounds.minY) + line.baseline - first,
                    leaf.item.position.x + line.x, line.width, item.paragraph.spec.style
                )
            }
        }.flatMap { $0 }.sorted { $0.1 < $1.1 }
    }

    @Test func theTextBlockIs156By225Millimetres() throws {
        let (_, theme, typesetter) = try laidOut(Self.example)
        let body = DocumentLayout.bodyRect(theme: theme, typesetter: typesetter)
        #expect(abs(body.width - 156 * Self.millimetre) <= 0.5 * Self.millimetre, "\(body.width)")
        #expect(abs(body.height - 225 * Self.millimetre) <= 0.5 * Self.millimetre, "\(body.height)")
        // Top 37 mm, left 28 mm on A4 (210 × 297 mm).
        #expect(abs(body.minY - 37 * Self.millimetre) <= 0.5 * Self.millimetre)
        #expect(abs(body.minX - 28 * Self.millimetre) <= 0.5 * Self.millimetre)
    }

    @Test func aFullTextPageHas22LinesOf28CharactersOnTheGrid() throws {
        let (document, theme, typesetter) = try laidOut(try Self.textBrief(notes: Self.longNotes))
        let body = DocumentLayout.bodyRect(theme: theme, typesetter: typesetter)
        let pitch = 225 * Self.millimetre / 22
        // The second page is text only: its lines, the page number left out.
        let page = lines(of: document.pages[1]).filter { $0.baseline < body.maxY }
        #expect(page.count == 22, "\(page.map(\.text))")
        for (above, below) in zip(page, page.dropFirst()) {
            #expect(abs(below.baseline - above.baseline - pitch) < 0.05, "\(above.text) / \(below.text)")
        }
        // A paragraph's full lines hold 28 characters (26 after the first line's indent of two).
        let full = page.filter { $0.x > body.minX - 0.5 && $0.width > body.width - 16 && $0.style == theme.body }
        #expect(!full.isEmpty)
        for line in full {
            let indented = line.x > body.minX + 16
            #expect(line.text.count == (indented ? 26 : 28), "\(line.text)")
        }
    }

    @Test func headingsAreNumberedInOrderEachInItsFace() throws {
        let (document, _, _) = try laidOut(try Self.textBrief(notes: Self.longNotes))
        let headings = document.pages.flatMap { lines(of: $0) }
        let expected: [(String, String, TextStyle.Weight)] = [
            ("一、园区工作情况", "Noto Sans CJK SC", .regular),
            ("（一）发展成绩", "FandolKai", .regular),
            ("1.产业发展", "FandolFang", .bold),
            ("（1）重点项目", "FandolFang", .regular),
            ("（二）存在问题", "FandolKai", .regular),  // numbered already: not twice
            ("1.产业发展", "FandolFang", .bold),
            ("（1）重点项目", "FandolFang", .regular),
        ]
        let found = headings.filter { line in expected.contains { $0.0 == line.text } }
        #expect(found.map(\.text) == expected.map(\.0))
        for (line, (_, family, weight)) in zip(found, expected) {
            #expect(line.style.family.hasPrefix(family), "\(line.text): \(line.style.family)")
            #expect(line.style.weight == weight, "\(line.text)")
        }
        // The outline shows the same numbers.
        #expect(document.outline.map(\.title).prefix(4) == ["一、园区工作情况", "（一）发展成绩", "1.产业发展", "（1）重点项目"])
    }

    @Test func chineseNumeralsCountHeadings() {
        let numerals = [1, 9, 10, 11, 20, 21, 99, 100, 105, 110].map(HeadingNumbering.chineseNumeral)
        #expect(numerals == ["一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十"])
        #expect((1...4).compactMap { HeadingNumbering.chineseLabel(3, level: $0) } == ["三、", "（三）", "3.", "（3）"])
        // The default theme numbers nothing.
        let heading = Block.heading(Heading(level: 1, text: "Key indicators", anchor: "a"))
        #expect(HeadingNumbering.none.numbered([heading]) == [heading])
    }

    @Test func pageNumbersStandAtTheOuterSideWithDashes() throws {
        let (document, theme, typesetter) = try laidOut(Self.example)
        let body = DocumentLayout.bodyRect(theme: theme, typesetter: typesetter)
        let inset = 14.0  // one 4号 character
        #expect(document.pages.count > 3)
        for (index, page) in document.pages.enumerated().dropFirst() {
            let number = index + 1
            let label = try #require(lines(of: page).last { $0.text == "— \(number) —" }, "page \(number)")
            #expect(label.style.size == 14 && label.style.family.hasPrefix("Noto Serif"))
            // Below the text block: the dashes' top about 7 mm under it.
            #expect(label.baseline > body.maxY + 7 * Self.millimetre && label.baseline < body.maxY + 12 * Self.millimetre)
            if number % 2 == 1 {
                #expect(abs(label.x + label.width - (body.maxX - inset)) < 0.5, "page \(number)")
            } else {
                #expect(abs(label.x - (body.minX + inset)) < 0.5, "page \(number)")
            }
            // No running header: nothing above the text block.
            #expect(lines(of: page).allSatisfy { $0.baseline > body.minY })
        }
    }

    @Test func thePDFEmbedsTheFangsongKaiAndHeiFaces() throws {
        let pdf = try Support.temporaryFolder() + "/jianbao.pdf"
        let result = try Support.briefing(["build", Self.example, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let fonts = try Support.fonts(of: pdf)
        for face in ["FandolFang-Regular", "FandolKai-Regular", "NotoSansCJKsc-Regular", "NotoSerif-Regular"] {
            #expect(fonts.contains { $0.name.hasSuffix("+" + face) }, "\(fonts.map(\.name))")
        }
        #expect(fonts.allSatisfy { $0.embedded && $0.subset }, "\(fonts)")
        let text = try Support.text(of: pdf)
        // pdftotext leaves out the spaces of "— 3 —".
        #expect(text.contains("一、主要指标") && text.contains("（一）会议概要") && text.contains("—3—"))
    }

    /// `briefing check` on the 简报 example with `old` replaced by `new` in its manifest: the exit
    /// status, the first line of the report, and the error line expected at the `theme:` key.
    func checkOfTheExample(
        replacing old: String, with new: String
    ) throws -> (status: Int32, first: String, expected: (String) -> String) {
        let folder = try Support.copyOfExample()
        let manifest = try String(contentsOfFile: folder + "/brief.jianbao.yaml", encoding: .utf8)
        try manifest.replacingOccurrences(of: old, with: new)
            .write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        let result = try Support.briefing(["check", folder])
        let line = manifest.components(separatedBy: "\n").firstIndex { $0.hasPrefix("theme:") }.map { $0 + 1 } ?? 0
        let first = result.stdout.components(separatedBy: "\n").first ?? ""
        return (result.status, first, { "\(folder)/brief.yaml:\(line):8: error: \($0)" })
    }

    @Test func aNameThatIsNoThemeIsAnErrorListingTheBundledThemes() throws {
        let check = try checkOfTheExample(replacing: "theme: jianbao", with: "theme: jianbo")
        #expect(check.status == 65)
        #expect(
            check.first
                == check.expected(
                    "expected 'theme' to be a theme file in the brief's folder or a bundled theme (jianbao), found 'jianbo'"))
    }

    @Test func theJianbaoThemeIsForChineseBriefsOnly() throws {
        let check = try checkOfTheExample(replacing: "language: zh", with: "language: en")
        #expect(check.status == 65)
        #expect(check.first == check.expected("expected a brief in zh for the theme 'jianbao', found language 'en'"))
    }

    @Test func aFileInTheBriefsFolderStillWinsOverABundledName() throws {
        let folder = try Support.copyOfExample()
        let manifest = try String(contentsOfFile: folder + "/brief.jianbao.yaml", encoding: .utf8)
        try manifest.write(toFile: folder + "/brief.yaml", atomically: true, encoding: .utf8)
        try "sizes: {body: 12}\n".write(toFile: folder + "/jianbao", atomically: true, encoding: .utf8)
        let brief = try Brief.load(folder)
        #expect(brief.theme.sizes.body == 12)
        #expect(brief.theme.headings.numbering == "none")  // the default under the file, not the bundled theme
    }

    /// A body page of the 简报 (the notes, past the contents that list the same heading) at 50 dpi against a reference PNG; record it with
    /// `BRIEFING_UPDATE_REFERENCES=1 swift test --filter JianbaoThemeTests`.
    @Test func aBodyPageLooksAsRecorded() throws {
        let (document, _, _) = try laidOut(Self.example)
        let page = try #require(document.pages.last { $0.textLines().contains { $0.hasPrefix("（三）座谈发言") } })
        let png = try ChartWriter.render(page, as: .png, dpi: 50, fonts: document.fonts)
        let mismatch = try ImageComparison().mismatch(
            actual: png, reference: ChartReferenceTests.references + "/jianbao-body-page.png")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func headingLevelsOfOneSizeMustDifferInFaceOrWeight() throws {
        let folder = try Support.temporaryFolder()
        func read(_ text: String) throws(DiagnosticError) -> Theme {
            try? text.write(toFile: folder + "/theme.yaml", atomically: true, encoding: .utf8)
            return try ThemeReader.read(
                Theme.self, defaultFile: Assets.defaultTheme, override: "theme.yaml", in: BriefWorld(folder: folder),
                rules: Theme.rules(page: Manifest.PageSize.a4.size))
        }
        // The same size and the same face: refused, as before.
        #expect(throws: DiagnosticError.self) { try read("sizes: {heading-1: 13}\n") }
        // The same size in another face (level 2 in 楷体): accepted.
        let theme = try read("sizes: {heading-1: 13}\nheadings: {fonts: [body, FandolKai, body, body]}\n")
        #expect(theme.sizes.heading1 == theme.sizes.heading2)
    }

    @Test func theBodyIsBlackAndTheAccentRedIsLeftForTheMasthead() throws {
        let (_, theme, _) = try laidOut(Self.example)
        #expect(theme.accent == Color(hex: "#e60012"))
        #expect(theme.bodyAccent == theme.body.color && theme.body.color == Color(hex: "#000000"))
        #expect(theme.headings.allSatisfy { $0.color == theme.body.color })
        // The default theme keeps its blue accent in the body.
        let defaults = try laidOut(Support.example).theme
        #expect(defaults.bodyAccent == defaults.accent && defaults.headings[0].color == defaults.accent)
    }
}
