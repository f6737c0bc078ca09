/// Reads one cross-reference section (ISO 32000-1, 7.5.4 and 7.5.8): a table `xref` with its
/// subsections and `trailer`, or a cross-reference stream (`/Type /XRef`, `/W`, `/Index`).
struct PDFCrossReferenceReader {
    /// One section: where it locates objects (nil for a free entry) and its trailer dictionary.
    struct Section {
        var entries: [(number: Int, location: PDFFile.Location?)] = []
        var trailer = PDFDictionary()
        var isStream = false
    }

    let bytes: [UInt8]

    func read(at offset: Int) throws(PDFPatchError) -> Section {
        var parser = PDFParser(bytes, at: offset)
        if parser.keyword() == "xref" { return try table(&parser) }
        return try stream(at: offset)
    }

    private func table(_ parser: inout PDFParser) throws(PDFPatchError) -> Section {
        var section = Section()
        while true {
            let start = parser.position
            let word = parser.keyword()
            if word == "trailer" { break }
            parser.position = start
            let first = try parser.integer()
            let count = try parser.integer()
            // Each entry takes 20 bytes; a count the file cannot hold is refused before looping.
            guard (0...Int(Int32.max)).contains(first), count >= 0, count <= (bytes.count - parser.position) / 18 else {
                throw PDFPatchError(
                    "at byte \(start): a cross-reference subsection of \(count) entries from \(first) does not fit in the file"
                )
            }
            for number in first..<first + count {
                let entry = parser.position
                let offset = try parser.integer()
                let generation = try parser.integer()
                switch parser.keyword() {
                case "n": section.entries.append((number, .offset(offset, generation: generation)))
                case "f": section.entries.append((number, nil))
                default:
                    throw .expected(
                        "a cross-reference entry 'OOOOOOOOOO GGGGG n' or '… f'", at: entry,
                        found: parser.found(at: entry))
                }
            }
        }
        let trailerStart = parser.position
        guard case .dictionary(let trailer) = try parser.object() else {
            throw .expected("a trailer dictionary", at: trailerStart, found: parser.found(at: trailerStart))
        }
        section.trailer = trailer
        return section
    }

    private func stream(at offset: Int) throws(PDFPatchError) -> Section {
        var parser = PDFParser(bytes, at: offset)
        let (_, value, start) = try parser.indirectObject()
        guard let start, case .dictionary(let dictionary) = value, dictionary["Type"] == .name("XRef") else {
            throw .expected(
                "'xref' or a cross-reference stream object", at: offset,
                found: PDFParser(bytes, at: offset).found(at: offset))
        }
        // A cross-reference stream's entries are direct objects (7.5.8.2): nothing to look up yet.
        guard let length = dictionary["Length"]?.integer, length >= 0, length <= bytes.count - start,
            let size = dictionary["Size"]?.integer, size >= 0,
            let widths = dictionary["W"]?.array?.compactMap(\.integer), widths.count == 3,
            widths.allSatisfy({ (0...8).contains($0) })
        else { throw PDFPatchError("the cross-reference stream at byte \(offset) lacks a valid /Length, /Size or /W") }
        let data = try PDFStreamDecoder.decode(bytes[start..<start + length], dictionary: dictionary) { $0 }
        let index = dictionary["Index"]?.array?.compactMap(\.integer) ?? [0, size]
        guard index.count % 2 == 0, index.allSatisfy({ (0...Int(Int32.max)).contains($0) }) else {
            throw PDFPatchError(
                "the cross-reference stream at byte \(offset) has an /Index that is not pairs of counts")
        }
        let width = widths.reduce(0, +)
        guard width > 0,
            index.enumerated().filter({ $0.offset % 2 == 1 }).map(\.element).reduce(0, +) * width <= data.count
        else {
            throw PDFPatchError("the cross-reference stream at byte \(offset) is shorter than its /Index and /W say")
        }
        var section = Section(trailer: dictionary, isStream: true)
        var position = 0
        func field(_ width: Int, default value: Int) -> Int {
            guard width > 0 else { return value }
            var result = 0
            for byte in data[position..<position + width] { result = result << 8 | Int(byte) }
            position += width
            return result
        }
        for pair in stride(from: 0, to: index.count, by: 2) {
            for number in index[pair]..<index[pair] + index[pair + 1] {
                let type = field(widths[0], default: 1)
                let second = field(widths[1], default: 0)
                let third = field(widths[2], default: 0)
                switch type {
                case 0: section.entries.append((number, nil))
                case 1: section.entries.append((number, .offset(second, generation: third)))
                case 2: section.entries.append((number, .inObjectStream(second, index: third)))
                default: continue  // reserved types: treated as null references (7.5.8.3)
                }
            }
        }
        return section
    }
}
