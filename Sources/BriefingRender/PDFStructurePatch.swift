/// Adds to a PDF written by cairo 1.16 what cairo cannot write: the document language (`/Lang`
/// in the catalog) and the alternative text of figures (`/Alt` on `Figure` structure elements,
/// which cairo drops). It appends an incremental update — new versions of those objects, a
/// cross-reference section for them and a trailer pointing back — so cairo's bytes stay as they
/// are and every offset in them stays right. Objects are found through cairo's cross-reference
/// table, so the cost does not grow with the size of page content.
enum PDFStructurePatch {
    static func apply(to pdf: [UInt8], language: String, alternativeTexts: [String]) -> [UInt8] {
        guard let trailer = Trailer(pdf),
            let offsets = objectOffsets(pdf, xref: trailer.startxref, count: trailer.size),
            let catalog = dictionary(of: trailer.root, in: pdf, offsets: offsets)
        else { return pdf }
        var replacements: [(number: Int, dictionary: [UInt8])] = [
            (trailer.root, inserting("/Lang \(literal(language))", into: catalog))
        ]
        if !alternativeTexts.isEmpty {
            // Figure elements in the order cairo numbered them: the tree's order, the drawing order.
            let figures = (0..<offsets.count).compactMap { number -> (Int, [UInt8])? in
                guard let dictionary = dictionary(of: number, in: pdf, offsets: offsets),
                    dictionary.starts(with: Array("<< /Type /StructElem".utf8)),
                    range(of: Array("/S /Figure\n".utf8), in: dictionary[...]) != nil
                else { return nil }
                return (number, dictionary)
            }
            for ((number, dictionary), text) in zip(figures, alternativeTexts) {
                replacements.append((number, inserting("/Alt \(literal(text))", into: dictionary)))
            }
        }
        var update: [UInt8] = Array("\n".utf8)
        var entries: [(Int, Int)] = []
        for replacement in replacements.sorted(by: { $0.number < $1.number }) {
            entries.append((replacement.number, pdf.count + update.count))
            update += Array("\(replacement.number) 0 obj\n".utf8) + replacement.dictionary + Array("\nendobj\n".utf8)
        }
        let xref = pdf.count + update.count
        var tail = "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in entries {
            tail += "\(number) 1\n\(padded(offset)) 00000 n \n"
        }
        var keys = "/Size \(trailer.size) /Root \(trailer.root) 0 R"
        if let info = trailer.info { keys += " /Info \(info) 0 R" }
        tail += "trailer\n<< \(keys) /Prev \(trailer.startxref) >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf + update + Array(tail.utf8)
    }

    /// What the trailer at the end of the file says.
    private struct Trailer {
        var size: Int
        var root: Int
        var info: Int?
        var startxref: Int

        init?(_ pdf: [UInt8]) {
            let tail = pdf[max(0, pdf.count - 1024)...]
            guard let trailer = lastRange(of: Array("trailer".utf8), in: tail),
                let startxref = lastRange(of: Array("startxref".utf8), in: tail),
                let offset = number(after: startxref.upperBound, in: pdf)
            else { return nil }
            let dictionary = pdf[trailer.upperBound..<startxref.lowerBound]
            func reference(_ key: String) -> Int? {
                range(of: Array(key.utf8), in: dictionary).flatMap { number(after: $0.upperBound, in: pdf) }
            }
            guard let size = reference("/Size"), let root = reference("/Root") else { return nil }
            self.size = size
            self.root = root
            self.info = reference("/Info")
            self.startxref = offset
        }
    }

    /// The byte offset of every object, from the cross-reference table at `xref` (cairo writes one
    /// section, `0 count`, of 20-byte entries).
    private static func objectOffsets(_ pdf: [UInt8], xref: Int, count: Int) -> [Int]? {
        guard xref < pdf.count, let header = range(of: Array("\n".utf8), in: pdf[xref...]),
            let section = range(of: Array("\n".utf8), in: pdf[header.upperBound...])
        else { return nil }
        var offsets: [Int] = []
        var entry = section.upperBound
        for _ in 0..<count {
            guard entry + 20 <= pdf.count, let offset = Int(String(decoding: pdf[entry..<entry + 10], as: UTF8.self))
            else { return nil }
            offsets.append(pdf[entry + 17] == UInt8(ascii: "n") ? offset : -1)
            entry += 20
        }
        return offsets
    }

    /// The dictionary of object `number`, if it is a dictionary and not a stream.
    private static func dictionary(of number: Int, in pdf: [UInt8], offsets: [Int]) -> [UInt8]? {
        guard number < offsets.count, offsets[number] >= 0 else { return nil }
        let start = offsets[number]
        let window = pdf[start..<min(pdf.count, start + 64 * 1024)]
        guard let header = range(of: Array(" 0 obj\n".utf8), in: window),
            let end = range(of: Array("\nendobj".utf8), in: pdf[header.upperBound..<window.endIndex])
        else { return nil }
        let body = Array(pdf[header.upperBound..<end.lowerBound])
        guard body.starts(with: Array("<<".utf8)), range(of: Array("stream".utf8), in: body[...]) == nil else {
            return nil
        }
        return body
    }

    /// `dictionary` with `entry` added before its closing `>>`.
    private static func inserting(_ entry: String, into dictionary: [UInt8]) -> [UInt8] {
        guard let close = lastRange(of: Array(">>".utf8), in: dictionary[...]) else { return dictionary }
        return Array(dictionary[..<close.lowerBound]) + Array(" \(entry) >>".utf8)
    }

    /// A PDF text string: a literal for printable ASCII, UTF-16BE with a byte-order mark otherwise.
    private static func literal(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) {
            var escaped = ""
            for character in value {
                if "\\()".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            return "(\(escaped))"
        }
        let hex = value.utf16.map { unit -> String in
            let digits = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
        return "<FEFF\(hex.joined())>"
    }

    private static func padded(_ offset: Int) -> String {
        let digits = String(offset)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// The first occurrence of `needle` in `haystack`, as indices of the underlying array.
    private static func range(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index..<index + needle.count
            }
            index += 1
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = haystack.endIndex - needle.count
        while index >= haystack.startIndex {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
            index -= 1
        }
        return nil
    }

    /// The decimal number after `index`, skipping white space.
    private static func number(after index: Int, in pdf: [UInt8]) -> Int? {
        var start = index
        while start < pdf.count, [0x20, 0x0A, 0x0D, 0x09].contains(pdf[start]) { start += 1 }
        var end = start
        while end < pdf.count, (0x30...0x39).contains(pdf[end]) { end += 1 }
        return end > start ? Int(String(decoding: pdf[start..<end], as: UTF8.self)) : nil
    }
}
