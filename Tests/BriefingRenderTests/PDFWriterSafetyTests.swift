import BriefingCore
import Foundation
import Testing

@testable import BriefingRender

/// A real cairo-made PDF with hostile strings everywhere we hand cairo one (metadata, outline,
/// destinations, link targets) and figures that draw nothing between others, read back with qpdf.
@Suite("PDF writer: strings, links and figures")
struct PDFWriterSafetyTests {
    static let hostile = "a) /S /JavaScript /JS (app.alert\\(1\\)) \\ back\\slash\nnew line 中文 ' \" <x>"
    static let destination = "notes-中文 (x)' \\"

    func render(title: String, outlineTitle: String) throws -> [UInt8] {
        let square = Shape(path: .rect(Rect(x: 0, y: 0, width: 20, height: 20)), fill: Color(red: 0, green: 0, blue: 1))
        func figure(_ alternativeText: String, drawing: Bool, y: Double) -> PositionedItem {
            let frame = Frame(
                size: Size(width: 20, height: 20),
                items: drawing ? [PositionedItem(position: .zero, item: .shape(square))] : [])
            return PositionedItem(
                position: Point(x: 50, y: y),
                item: .group(Group(frame: frame, role: .figure(alternativeText: alternativeText))))
        }
        func link(_ target: Link.Target, y: Double) -> PositionedItem {
            PositionedItem(
                position: Point(x: 100, y: y), item: .link(Link(size: Size(width: 50, height: 10), target: target)))
        }
        let paragraph = [StructureTag(.paragraph, id: 1)]
        let first = Frame(
            size: Size(width: 300, height: 400),
            items: [
                PositionedItem(position: Point(x: 10, y: 10), item: .shape(square), structure: paragraph),
                figure("A", drawing: true, y: 50),
                figure("EMPTY", drawing: false, y: 80),
                figure("B) \\ 图", drawing: true, y: 110),
                link(.uri("https://example.com/a) /S /JavaScript /JS (app.alert\\(1\\)"), y: 150),
                link(.uri("javascript:app.alert(1)"), y: 170),
                link(.destination(Self.destination), y: 190),
            ])
        let second = Frame(
            size: Size(width: 300, height: 400),
            items: [
                PositionedItem(position: Point(x: 10, y: 30), item: .anchor(Self.destination)),
                figure("C", drawing: true, y: 60),
            ])
        let metadata = DocumentMetadata(
            title: title, author: Self.hostile, subject: Self.hostile, keywords: Self.hostile,
            creationDate: Date(timeIntervalSince1970: 1_400_000_000), language: "en) /OpenAction (x")
        let outline = [OutlineEntry(title: outlineTitle, level: 1, page: 2, destination: Self.destination)]
        let document = PagedDocument(pages: [first, second], outline: outline, metadata: metadata, fonts: FontBook())
        return try PDFWriter.render(document)
    }

    @Test func hostileStringsComeThroughIntact() throws {
        let pdf = try render(title: Self.hostile, outlineTitle: Self.hostile)
        let check = try QPDF.check(pdf)
        #expect(check.clean, "\(check.output)")
        let objects = try QPDF.objects(pdf)
        let trailer = (objects["trailer"] as? [String: Any]) ?? [:]
        let info = (objects["obj:\(trailer["/Info"] as? String ?? "")"] as? [String: Any]) ?? [:]
        for key in ["/Title", "/Author", "/Subject", "/Keywords"] {
            #expect(info[key] as? String == "u:" + Self.hostile)
        }
        let outline = try QPDF.run(["qpdf", "--json", "--json-key=outlines", try QPDF.file(pdf)]).output
        #expect(
            outline.contains(#""title": "a) /S /JavaScript /JS (app.alert\\(1\\)) \\ back\\slash\nnew line 中文 ' \"#))
        // The same objects as with harmless strings: nothing spliced in.
        let plain = try QPDF.objects(render(title: "Title", outlineTitle: "Outline"))
        #expect(objects.count == plain.count)
        // No action or script anywhere, as a key or a name (qpdf writes strings as "u:…").
        let names = QPDF.names(in: objects)
        for action in ["/JavaScript", "/JS", "/Launch", "/OpenAction", "/AA", "/SubmitForm", "/GoToR", "/ImportData"] {
            #expect(!names.contains(action), "\(action) in the file")
        }
        let root = (objects["obj:\(trailer["/Root"] as? String ?? "")"] as? [String: Any]) ?? [:]
        #expect(root["/Lang"] as? String == "u:en) /OpenAction (x")
    }

    @Test func linksAreWebAddressesOrDestinations() throws {
        let objects = try QPDF.objects(render(title: "Title", outlineTitle: "Outline"))
        let annotations = objects.values.compactMap { $0 as? [String: Any] }.filter {
            $0["/Type"] as? String == "/Annot"
        }
        #expect(annotations.count == 2)  // the javascript: link has none
        #expect(annotations.allSatisfy { $0["/Subtype"] as? String == "/Link" })
        let actions = annotations.compactMap { $0["/A"] as? [String: Any] }
        #expect(actions.count == 1)
        #expect(actions.first?["/S"] as? String == "/URI")
        #expect(
            actions.first?["/URI"] as? String
                == "u:https://example.com/a%29%20/S%20/JavaScript%20/JS%20%28app.alert%5C%281%5C%29")
        let destination = "notes-%E4%B8%AD%E6%96%87%20%28x%29%27%20%5C"
        #expect(annotations.contains { $0["/Dest"] as? String == "u:" + destination })
        let names = objects.values.compactMap { ($0 as? [String: Any])?["/Names"] as? [Any] }.flatMap { $0 }
        #expect(names.contains { $0 as? String == "u:" + destination })
    }

    @Test func figuresGetTheirOwnAlternativeTexts() throws {
        let pdf = try render(title: "Title", outlineTitle: "Outline")
        #expect(try QPDF.run(["pdfinfo", try QPDF.file(pdf)]).output.contains(#/Tagged: +yes/#))
        let objects = try QPDF.objects(pdf)
        func dictionary(_ reference: Any?) -> [String: Any] {
            (objects["obj:\(reference as? String ?? "")"] as? [String: Any]) ?? [:]
        }
        let trailer = (objects["trailer"] as? [String: Any]) ?? [:]
        let pageList = (dictionary(dictionary(trailer["/Root"])["/Pages"])["/Kids"] as? [String]) ?? []
        // Depth first through the tree, as a reader would: figures in document order.
        var figures: [(alt: String?, page: String?)] = []
        func walk(_ kids: Any?) {
            let list = (kids as? [Any]) ?? (kids.map { [$0] } ?? [])
            for kid in list {
                let element = dictionary(kid)
                guard element["/Type"] as? String == "/StructElem" else { continue }
                if element["/S"] as? String == "/Figure" {
                    figures.append(((element["/Alt"] as? String), element["/Pg"] as? String))
                }
                walk(element["/K"])
            }
        }
        walk(dictionary(dictionary(trailer["/Root"])["/StructTreeRoot"])["/K"])
        #expect(figures.map(\.alt) == ["u:A", "u:B) \\ 图", "u:C"])
        #expect(figures.map(\.page) == [pageList.first, pageList.first, pageList.last])
    }

    @Test func aDocumentCairoLeftUntaggedFailsLoudly() throws {
        // Nothing drawn, so cairo writes no structure tree: an error, not a PDF without tags.
        let metadata = DocumentMetadata(
            title: "t", author: "a", subject: "s", creationDate: Date(timeIntervalSince1970: 0), language: "en")
        let blank = PagedDocument(
            pages: [Frame(size: Size(width: 100, height: 100))], outline: [], metadata: metadata, fonts: FontBook())
        do {
            _ = try PDFWriter.render(blank)
            Issue.record("a PDF without a structure tree was written")
        } catch {
            #expect(
                error.description
                    == "adding the language, alternative texts and table scopes to the PDF failed: the catalog's /StructTreeRoot is missing"
            )
        }
    }
}
