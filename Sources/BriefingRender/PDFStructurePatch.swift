/// Adds to a PDF what cairo 1.16 cannot write: the document language (`/Lang` in the catalog)
/// and the alternative text of figures (`/Alt` on `Figure` structure elements; cairo takes no
/// attributes on structure tags). It parses the file — cross-reference tables or streams, every
/// `/Prev`, the catalog through `/Root`, the structure tree through `/StructTreeRoot` — and
/// appends an incremental update: new versions of the changed objects, a cross-reference section
/// of the same kind for them and a trailer keeping `/Root`, `/Info`, `/ID` and `/Size`, pointing
/// back with `/Prev`. cairo's bytes stay as they are. Anything unexpected throws.
enum PDFStructurePatch {
    /// A figure as the renderer tagged it: where its element is in the structure tree (its index
    /// among its parent's children at each level, from the tree root down) and what it shows.
    struct Figure: Equatable, Sendable {
        var path: [Int]
        var alternativeText: String
    }

    /// `pdf` with `language` and the figures' alternative texts added. Every `Figure` element of
    /// the structure tree must be one of `figures` and every one of `figures` a `Figure` element.
    static func apply(to pdf: [UInt8], language: String, figures: [Figure]) throws(PDFPatchError) -> [UInt8] {
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
        var replacements: [(PDFReference, PDFDictionary)] = [(root, catalog)]

        let elements = try StructureTree.elements(under: tree, in: file)
        var described: Set<[Int]> = []
        for figure in figures {
            let place = StructureTree.place(figure.path)
            guard described.insert(figure.path).inserted else {
                throw PDFPatchError("two alternative texts for the figure at \(place) of the structure tree")
            }
            guard let element = elements[figure.path] else {
                throw PDFPatchError("no structure element at \(place) of the structure tree; expected a /Figure")
            }
            guard element.type == "Figure", let reference = element.reference else {
                throw PDFPatchError(
                    "the structure element at \(place) is /\(element.type)\(element.reference == nil ? " (a direct object)" : ""); expected a /Figure object"
                )
            }
            var dictionary = try file.dictionary(.reference(reference), "structure element \(reference.number)")
            dictionary["Alt"] = .string(PDFSyntax.textBytes(figure.alternativeText))
            replacements.append((reference, dictionary))
        }
        if let (path, _) = elements.first(where: { $0.value.type == "Figure" && !described.contains($0.key) }) {
            throw PDFPatchError(
                "the /Figure at \(StructureTree.place(path)) of the structure tree has no alternative text")
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
