import Foundation
import Testing

/// The example's structure tree read back with qpdf's JSON: contents entries are TOC > TOCI >
/// Reference > Link with the entry's text in the link's marked content, the cover title is an H1,
/// header cells have a column scope and the outline opens with the file.
@Suite struct TaggedStructureTests {
    /// A PDF's objects and the decoded content streams, from `qpdf --json` (version 2).
    struct Objects {
        let values: [String: Any]
        let streams: [String: String]

        init(_ pdf: String) throws {
            let json = try Support.run(
                "qpdf", ["--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", pdf]
            ).stdout
            let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let objects = ((root?["qpdf"] as? [Any])?.last as? [String: Any]) ?? [:]
            values = objects.compactMapValues { object in
                let object = object as? [String: Any]
                return object?["value"] ?? (object?["stream"] as? [String: Any])?["dict"]
            }
            streams = objects.compactMapValues { object in
                guard let stream = (object as? [String: Any])?["stream"] as? [String: Any],
                    let data = (stream["data"] as? String).flatMap({ Data(base64Encoded: $0) })
                else { return nil }
                return String(decoding: data, as: Unicode.ASCII.self)
            }
        }

        func dictionary(_ reference: Any?) -> [String: Any] {
            if let reference = reference as? String { return (values["obj:" + reference] as? [String: Any]) ?? [:] }
            return (reference as? [String: Any]) ?? [:]
        }

        /// `/K` as a list.
        func kids(_ element: [String: Any]) -> [Any] {
            guard let kids = element["/K"] else { return [] }
            return (kids as? [Any]) ?? [kids]
        }

        /// The structure elements of type `type`, in no particular order.
        func elements(_ type: String) -> [[String: Any]] {
            values.values.compactMap { $0 as? [String: Any] }.filter { $0["/S"] as? String == type }
        }

        /// The page objects in order.
        var pages: [String] {
            var pages: [String] = []
            var pending: [Any] = [catalog["/Pages"] as Any]
            while let next = pending.popLast() {
                let node = dictionary(next)
                if node["/Type"] as? String == "/Page", let reference = next as? String { pages.append(reference) }
                pending += ((node["/Kids"] as? [Any]) ?? []).reversed()
            }
            return pages
        }

        var catalog: [String: Any] { dictionary(dictionary(values["trailer"])["/Root"]) }

        /// The letters and digits shown in the marked content `/Tag << /MCID id >>` of `page`:
        /// the literal strings of its text operators (Latin text only: cairo's CID fonts are hex).
        func text(ofMarkedContent id: Int, on page: String) -> String {
            let contents = dictionary(page)["/Contents"]
            let references = (contents as? [Any]) ?? [contents as Any]
            let stream = references.compactMap { ($0 as? String).flatMap { streams["obj:" + $0] } }.joined()
            guard let start = stream.range(of: #"/\w+ << /MCID \#(id) >> BDC"#, options: .regularExpression) else {
                return ""
            }
            // Up to the EMC that closes it: marked content nests (cairo's /Span /ActualText).
            var end = start.upperBound
            var depth = 1
            while depth > 0, let next = stream.range(of: #"\b(BDC|EMC)\b"#, options: .regularExpression, range: end..<stream.endIndex) {
                depth += stream[next] == "BDC" ? 1 : -1
                end = depth == 0 ? next.lowerBound : next.upperBound
            }
            // Octal escapes (`\222`, a curly apostrophe's code) are not letters of the text.
            return String(stream[start.upperBound..<end]).split(separator: "(").dropFirst()
                .map { $0.prefix { $0 != ")" } }.joined()
                .replacingOccurrences(of: #"\\[0-7]{1,3}"#, with: "", options: .regularExpression)
                .filter { $0.isLetter || $0.isNumber }
        }
    }

    @Test(arguments: [true, false]) func contentsEntriesAreLinksHoldingTheirText(english: Bool) throws {
        let pdf = english ? ExampleBriefTests.built.en : ExampleBriefTests.built.zh
        let objects = try Objects(pdf)
        let pages = objects.pages
        // The outline's top entries and their children, each with its destination page's number.
        let json = try Support.run("qpdf", ["--json", "--json-key=outlines", pdf]).stdout
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let outline = ((root?["outlines"] as? [[String: Any]]) ?? []).flatMap {
            [$0] + (($0["kids"] as? [[String: Any]]) ?? [])
        }
        .map { entry in
            let page = ((entry["dest"] as? [Any])?.first as? String).flatMap(pages.firstIndex(of:)).map { $0 + 1 }
            return ((entry["title"] as? String) ?? "").filter { $0.isLetter || $0.isNumber } + String(page ?? 0)
        }
        let contents = try #require(objects.elements("/TOC").first)
        var shown: [String] = []
        for item in objects.kids(contents).map(objects.dictionary) {
            #expect(item["/S"] as? String == "/TOCI")
            let reference = try #require(objects.kids(item).map(objects.dictionary).only)
            #expect(reference["/S"] as? String == "/Reference")
            let link = try #require(objects.kids(reference).map(objects.dictionary).only)
            #expect(link["/S"] as? String == "/Link")
            let kids = objects.kids(link)
            let annotation = objects.dictionary(
                kids.map(objects.dictionary).first { $0["/Type"] as? String == "/OBJR" }?["/Obj"])
            #expect(annotation["/Subtype"] as? String == "/Link")
            let identifier = try #require(kids.compactMap { $0 as? Int }.only, "the link holds one marked content")
            #expect(annotation["/Dest"] is String)
            let page = try #require(link["/Pg"] as? String)
            shown.append(objects.text(ofMarkedContent: identifier, on: page))
        }
        // Every outline entry but the cover's and the contents' own.
        #expect(shown.count == outline.count - 2)
        if english {
            // Title then page number, as the outline and its destinations (read independently) say.
            #expect(shown == Array(outline.dropFirst(2)))
            #expect(shown.first == "Ataglance3")
        }
    }

    @Test(arguments: [true, false]) func coverTitleIsAHeadingAndHeaderCellsHeadColumns(english: Bool) throws {
        let pdf = english ? ExampleBriefTests.built.en : ExampleBriefTests.built.zh
        let objects = try Objects(pdf)
        #expect(objects.catalog["/PageMode"] as? String == "/UseOutlines")
        let firstPage = try #require(objects.pages.first)
        let coverHeadings = objects.elements("/H1").filter { $0["/Pg"] as? String == firstPage }
        #expect(coverHeadings.count == 1)
        if english, let heading = coverHeadings.first, let id = heading["/K"] as? Int {
            #expect(objects.text(ofMarkedContent: id, on: firstPage) == "IndustrialParks2013andTargetsfor2014")
        }
        let headers = objects.elements("/TH")
        #expect(!headers.isEmpty)
        for header in headers {
            let attributes = objects.dictionary(header["/A"])
            #expect(attributes["/O"] as? String == "/Table" && attributes["/Scope"] as? String == "/Column")
        }
    }
}

extension Array {
    /// The one element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
