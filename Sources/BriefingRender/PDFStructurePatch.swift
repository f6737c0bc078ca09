/// Adds to a PDF written by cairo 1.16 what cairo cannot write: the document language (`/Lang`
/// in the catalog) and the alternative text of figures (`/Alt` on `Figure` structure elements,
/// which cairo drops). It appends an incremental update — new versions of those objects, a
/// cross-reference section for them and a trailer pointing back — so cairo's bytes stay as they
/// are and every offset in them stays right.
enum PDFStructurePatch {
    static func apply(to pdf: [UInt8], language: String, alternativeTexts: [String]) -> [UInt8] {
        let text = String(decoding: pdf, as: Latin1.self)
        guard let trailer = Trailer(text), let catalog = object(trailer.root, in: text) else { return pdf }
        var replacements: [(number: Int, dictionary: String)] = [
            (trailer.root, insertingEntry("/Lang \(literal(language))", into: catalog))
        ]
        let figures = structElements(ofType: "Figure", in: text)
        for (figure, alternativeText) in zip(figures, alternativeTexts) {
            replacements.append((figure.number, insertingEntry("/Alt \(literal(alternativeText))", into: figure.dictionary)))
        }
        // Dictionaries are copied as Latin-1 text and written back byte for byte.
        var update: [UInt8] = Array("\n".utf8)
        func write(_ text: String) { update += text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
        var offsets: [(Int, Int)] = []
        for replacement in replacements.sorted(by: { $0.number < $1.number }) {
            offsets.append((replacement.number, pdf.count + update.count))
            write("\(replacement.number) 0 obj\n\(replacement.dictionary)\nendobj\n")
        }
        let xref = pdf.count + update.count
        var tail = ""
        tail += "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets {
            tail += "\(number) 1\n\(padded(offset)) 00000 n \n"
        }
        var entries = "/Size \(trailer.size) /Root \(trailer.root) 0 R"
        if let info = trailer.info { entries += " /Info \(info) 0 R" }
        tail += "trailer\n<< \(entries) /Prev \(trailer.startxref) >>\nstartxref\n\(xref)\n%%EOF\n"
        write(tail)
        return pdf + update
    }

    /// What the trailer says.
    private struct Trailer {
        var size: Int
        var root: Int
        var info: Int?
        var startxref: Int

        init?(_ text: String) {
            guard let trailerStart = text.range(of: "trailer", options: .backwards),
                let startxrefRange = text.range(of: "startxref", options: .backwards),
                let startxref = Int(text[startxrefRange.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
            else { return nil }
            let dictionary = text[trailerStart.upperBound..<startxrefRange.lowerBound]
            func reference(_ key: String) -> Int? {
                guard let range = dictionary.range(of: key) else { return nil }
                return Int(dictionary[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
            }
            guard let size = reference("/Size"), let root = reference("/Root") else { return nil }
            self.size = size
            self.root = root
            self.info = reference("/Info")
            self.startxref = startxref
        }
    }

    /// An object's dictionary (`<< … >>`), for an object that is a dictionary and not a stream.
    private struct ObjectDictionary {
        var number: Int
        var dictionary: String
    }

    /// `dictionary` with `entry` added before its closing `>>`.
    private static func insertingEntry(_ entry: String, into dictionary: String) -> String {
        guard let close = dictionary.range(of: ">>", options: .backwards) else { return dictionary }
        return dictionary[..<close.lowerBound] + " " + entry + " >>"
    }

    private static func object(_ number: Int, in text: String) -> String? {
        guard let start = text.range(of: "\n\(number) 0 obj\n"),
            let end = text.range(of: "\nendobj", range: start.upperBound..<text.endIndex)
        else { return nil }
        let body = text[start.upperBound..<end.lowerBound]
        guard body.hasPrefix("<<"), !body.contains("stream") else { return nil }
        return String(body)
    }

    /// Structure elements of type `type`, in the order cairo numbered them (the tree's order).
    private static func structElements(ofType type: String, in text: String) -> [ObjectDictionary] {
        var found: [ObjectDictionary] = []
        var searchFrom = text.startIndex
        while let marker = text.range(of: "/S /\(type)\n", range: searchFrom..<text.endIndex) {
            searchFrom = marker.upperBound
            guard let objStart = text.range(of: " 0 obj\n", options: .backwards, range: text.startIndex..<marker.lowerBound),
                let lineStart = text.range(of: "\n", options: .backwards, range: text.startIndex..<objStart.lowerBound),
                let number = Int(text[lineStart.upperBound..<objStart.lowerBound]),
                let dictionary = object(number, in: text), dictionary.contains("/Type /StructElem")
            else { continue }
            found.append(ObjectDictionary(number: number, dictionary: dictionary))
        }
        return found.sorted { $0.number < $1.number }
    }

    /// A PDF text string: a literal for ASCII, UTF-16BE with a byte-order mark otherwise.
    private static func literal(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) {
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
            return "(\(escaped))"
        }
        let hex = value.utf16.map { String($0, radix: 16, uppercase: true) }.map {
            String(repeating: "0", count: 4 - $0.count) + $0
        }
        return "<FEFF\(hex.joined())>"
    }

    private static func padded(_ offset: Int) -> String {
        let digits = String(offset)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }
}

/// ISO 8859-1: each byte one scalar, so offsets in the text are offsets in the file.
private enum Latin1: Unicode.Encoding {
    typealias CodeUnit = UInt8
    typealias EncodedScalar = CollectionOfOne<UInt8>
    typealias ForwardParser = Parser
    typealias ReverseParser = Parser

    static var encodedReplacementCharacter: EncodedScalar { CollectionOfOne(0x3F) }

    static func decode(_ content: EncodedScalar) -> Unicode.Scalar { Unicode.Scalar(content.first ?? 0) }

    static func encode(_ content: Unicode.Scalar) -> EncodedScalar? {
        content.value < 256 ? CollectionOfOne(UInt8(content.value)) : nil
    }

    struct Parser: Unicode.Parser {
        typealias Encoding = Latin1

        init() {}

        mutating func parseScalar<I: IteratorProtocol>(from input: inout I) -> Unicode.ParseResult<EncodedScalar>
        where I.Element == UInt8 {
            guard let byte = input.next() else { return .emptyInput }
            return .valid(CollectionOfOne(byte))
        }
    }
}
