/// Adds to a PDF what cairo 1.16 cannot write: the document language (`/Lang` in the catalog),
/// that the outline opens with the file (`/PageMode /UseOutlines`), the alternative text of
/// figures (`/Alt` on `Figure` structure elements) and the scope of table header cells
/// (`/A << /O /Table /Scope /Column >>` on `TH` elements); cairo takes no attributes on structure
/// tags. It parses the file — cross-reference tables or streams, every `/Prev`, the catalog
/// through `/Root`, the structure tree through `/StructTreeRoot` — and appends an incremental
/// update: new versions of the changed objects, a cross-reference section of the same kind for
/// them and a trailer keeping `/Root`, `/Info`, `/ID` and `/Size`, pointing back with `/Prev`.
/// cairo's bytes stay as they are. Anything unexpected throws.
enum PDFStructurePatch {
    /// A figure as the renderer tagged it: where its element is in the structure tree (its index
    /// among its parent's children at each level, from the tree root down) and what it shows.
    struct Figure: Equatable, Sendable {
        var path: [Int]
        var alternativeText: String
    }

    /// An entry to add to the structure element at `path`, which must be of `type`; `what` names
    /// the entry in errors.
    private struct Addition {
        var path: [Int]
        var type: String
        var key: String
        var value: PDFObject
        var what: String
    }

    /// `pdf` with `language`, the figures' alternative texts and the column headers' scope added,
    /// and, when `opensOutline`, the outline shown when the file opens. Every `Figure` element of
    /// the structure tree must be one of `figures` and every one of `figures` a `Figure` element;
    /// likewise every `TH` element one of `columnHeaders` (paths in the structure tree).
    static func apply(
        to pdf: [UInt8], language: String, figures: [Figure], columnHeaders: [[Int]] = [], opensOutline: Bool = false
    ) throws(PDFPatchError) -> [UInt8] {
        let file = try PDFFile(pdf)
        guard case .reference(let root)? = file.trailer["Root"] else {
            throw PDFPatchError("the trailer has no /Root reference to the catalog")
        }
        var catalog = try file.dictionary(.reference(root), "the catalog (/Root)")
        guard catalog["Type"] == .name("Catalog") else {
            throw PDFPatchError("the catalog (object \(root.number)) has no /Type /Catalog")
        }
        let tree = try file.dictionary(catalog["StructTreeRoot"], "the catalog's /StructTreeRoot")
        catalog["Lang"] = .string(PDFSyntax.textBytes(language))
        if opensOutline {
            guard catalog["Outlines"] != nil else {
                throw PDFPatchError("the catalog has no /Outlines to show when the file opens")
            }
            catalog["PageMode"] = .name("UseOutlines")
        }
        var replacements: [(PDFReference, PDFDictionary)] = [(root, catalog)]

        var scope = PDFDictionary()
        scope["O"] = .name("Table")
        scope["Scope"] = .name("Column")
        let additions =
            figures.map {
                Addition(
                    path: $0.path, type: "Figure", key: "Alt", value: .string(PDFSyntax.textBytes($0.alternativeText)),
                    what: "alternative text")
            } + columnHeaders.map { Addition(path: $0, type: "TH", key: "A", value: .dictionary(scope), what: "scope") }
        let elements = try StructureTree.elements(under: tree, in: file)
        var done: Set<[Int]> = []
        for addition in additions {
            let place = StructureTree.place(addition.path)
            guard done.insert(addition.path).inserted else {
                throw PDFPatchError("two \(addition.what)s for the /\(addition.type) at \(place) of the structure tree")
            }
            guard let element = elements[addition.path] else {
                throw PDFPatchError("no structure element at \(place) of the structure tree; expected a /\(addition.type)")
            }
            guard element.type == addition.type, let reference = element.reference else {
                throw PDFPatchError(
                    "the structure element at \(place) is /\(element.type)\(element.reference == nil ? " (a direct object)" : ""); expected a /\(addition.type) object"
                )
            }
            var dictionary = try file.dictionary(.reference(reference), "structure element \(reference.number)")
            dictionary[addition.key] = addition.value
            replacements.append((reference, dictionary))
        }
        for (type, what) in [("Figure", "alternative text"), ("TH", "scope")] {
            let paths = elements.keys.sorted { $0.lexicographicallyPrecedes($1) }
            if let path = paths.first(where: { elements[$0]?.type == type && !done.contains($0) }) {
                throw PDFPatchError("the /\(type) at \(StructureTree.place(path)) of the structure tree has no \(what)")
            }
        }
        return pdf + (try update(of: file, replacing: replacements, at: pdf.count))
    }

    /// The bytes of an incremental update holding `objects`, to be appended at `offset`.
    private static func update(
        of file: PDFFile, replacing objects: [(PDFReference, PDFDictionary)], at offset: Int
    ) throws(PDFPatchError) -> [UInt8] {
        guard let size = file.trailer["Size"]?.integer, size > 0 else {
            throw PDFPatchError("the trailer has no /Size")
        }
        var body: [UInt8] = Array("\n".utf8)
        var entries: [(number: Int, offset: Int, generation: Int)] = []
        for (reference, dictionary) in objects.sorted(by: { $0.0.number < $1.0.number }) {
            entries.append((reference.number, offset + body.count, reference.generation))
            body += Array("\(reference.number) \(reference.generation) obj\n".utf8)
            body += Array(PDFObject.dictionary(dictionary).pdfText.utf8) + Array("\nendobj\n".utf8)
        }
        var trailer = PDFDictionary()
        trailer["Size"] = .integer(size)
        for key in ["Root", "Info", "ID"] { trailer[key] = file.trailer[key] }
        trailer["Prev"] = .integer(file.startxref)
        let xref = offset + body.count
        if file.usesStreams {
            // A cross-reference stream, unfiltered, that also locates itself as object `size`.
            entries.append((size, xref, 0))
            trailer["Size"] = .integer(size + 1)
            trailer["Type"] = .name("XRef")
            trailer["W"] = .array([.integer(1), .integer(8), .integer(2)])
            trailer["Index"] = .array(
                subsections(entries).flatMap { [PDFObject.integer($0.first), .integer($0.count)] })
            var data: [UInt8] = []
            for entry in entries {
                data.append(1)
                data += (0..<8).reversed().map { UInt8(truncatingIfNeeded: entry.offset >> ($0 * 8)) }
                data += [UInt8(truncatingIfNeeded: entry.generation >> 8), UInt8(truncatingIfNeeded: entry.generation)]
            }
            trailer["Length"] = .integer(data.count)
            body += Array("\(size) 0 obj\n\(PDFObject.dictionary(trailer).pdfText)\nstream\n".utf8)
            body += data + Array("\nendstream\nendobj\n".utf8)
        } else {
            var table = "xref\n"
            for run in subsections(entries) {
                table += "\(run.first) \(run.count)\n"
                for entry in entries[run.range] {
                    table += padded(entry.offset, 10) + " " + padded(entry.generation, 5) + " n \n"
                }
            }
            body += Array((table + "trailer\n\(PDFObject.dictionary(trailer).pdfText)\n").utf8)
        }
        return body + Array("startxref\n\(xref)\n%%EOF\n".utf8)
    }

    /// Runs of consecutive object numbers in `entries` (sorted): each run's first number, count
    /// and range of entries.
    private static func subsections(_ entries: [(number: Int, offset: Int, generation: Int)]) -> [(
        first: Int, count: Int, range: Range<Int>
    )] {
        var runs: [(first: Int, count: Int, range: Range<Int>)] = []
        for (index, entry) in entries.enumerated() {
            if let last = runs.last, last.first + last.count == entry.number {
                runs[runs.count - 1] = (last.first, last.count + 1, last.range.lowerBound..<index + 1)
            } else {
                runs.append((entry.number, 1, index..<index + 1))
            }
        }
        return runs
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
