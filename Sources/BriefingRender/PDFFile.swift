/// A PDF file opened for reading its objects: the cross-reference sections from the last
/// `startxref` back through every `/Prev` (tables with any number of subsections, and
/// cross-reference streams), and the objects they locate, including objects inside object
/// streams. Anything that does not parse throws a `PDFPatchError`.
struct PDFFile {
    /// Where an object's current version is.
    enum Location: Equatable {
        case offset(Int, generation: Int)
        case inObjectStream(Int, index: Int)
    }

    let bytes: [UInt8]
    /// The newest trailer (a table's `trailer` dictionary or the newest cross-reference stream's).
    let trailer: PDFDictionary
    /// The offset of the newest cross-reference section, which an update's `/Prev` points at.
    let startxref: Int
    /// Whether the newest section is a cross-reference stream, so an update writes one too.
    let usesStreams: Bool
    /// The current version of every object in use; free objects are absent.
    private(set) var locations: [Int: Location] = [:]

    init(_ bytes: [UInt8]) throws(PDFPatchError) {
        self.bytes = bytes
        startxref = try Self.startxref(bytes)
        let sections = PDFCrossReferenceReader(bytes: bytes)
        let newest = try sections.read(at: startxref)
        trailer = newest.trailer
        usesStreams = newest.isStream
        var freed: Set<Int> = []
        var pending = [newest]
        var visited: Set<Int> = [startxref]
        while let section = pending.popLast() {
            // The newer section wins: record an object only the first time it is seen. A table
            // with a /XRefStm (a hybrid file) lists as free what its stream locates.
            let hybrid = section.trailer["XRefStm"] != nil
            for (number, entry) in section.entries where locations[number] == nil && !freed.contains(number) {
                if let entry { locations[number] = entry } else if !hybrid { freed.insert(number) }
            }
            for key in ["XRefStm", "Prev"] {
                guard let value = section.trailer[key] else { continue }
                guard case .integer(let offset) = value, offset >= 0, offset < bytes.count else {
                    throw PDFPatchError("the trailer's /\(key) is \(value.summary); expected a byte offset in the file")
                }
                guard visited.insert(offset).inserted else {
                    if key == "XRefStm" { continue }
                    throw PDFPatchError("the /Prev chain of cross-reference sections loops back to byte \(offset)")
                }
                pending.insert(try sections.read(at: offset), at: 0)
            }
        }
        if trailer["Encrypt"] != nil { throw PDFPatchError("the PDF is encrypted; expected an unencrypted file") }
    }

    /// The object `reference` points at.
    func object(_ reference: PDFReference) throws(PDFPatchError) -> PDFObject {
        switch locations[reference.number] {
        case nil:
            throw PDFPatchError("object \(reference.number) is not in the cross-reference table")
        case .offset(let offset, let generation)?:
            guard generation == reference.generation else {
                throw PDFPatchError(
                    "object \(reference.number) has generation \(generation), not \(reference.generation) as referenced"
                )
            }
            var parser = PDFParser(bytes, at: offset)
            let (found, value, _) = try parser.indirectObject()
            guard found == reference else {
                throw PDFPatchError(
                    "at byte \(offset): expected object \(reference.number) \(reference.generation), found object \(found.number) \(found.generation)"
                )
            }
            return value
        case .inObjectStream(let stream, let index)?:
            return try objectStreamMember(stream: stream, index: index, number: reference.number)
        }
    }

    /// `value`, or the object it refers to (a reference to a reference is followed too).
    func resolve(_ value: PDFObject) throws(PDFPatchError) -> PDFObject {
        var current = value
        for _ in 0..<8 {
            guard case .reference(let reference) = current else { return current }
            current = try object(reference)
        }
        throw PDFPatchError("references refer to references more than 8 times")
    }

    /// The dictionary `value` is or refers to; `what` names it in the error.
    func dictionary(_ value: PDFObject?, _ what: String) throws(PDFPatchError) -> PDFDictionary {
        guard let value else { throw PDFPatchError("\(what) is missing") }
        let resolved = try resolve(value)
        guard case .dictionary(let dictionary) = resolved else {
            throw PDFPatchError("\(what) is \(resolved.summary); expected a dictionary")
        }
        return dictionary
    }

    /// The decoded data of the stream object at `offset`, with its dictionary.
    func stream(at offset: Int) throws(PDFPatchError) -> (PDFReference, PDFDictionary, [UInt8]) {
        var parser = PDFParser(bytes, at: offset)
        let (reference, value, start) = try parser.indirectObject()
        guard let start, case .dictionary(let dictionary) = value else {
            throw PDFPatchError("at byte \(offset): expected a stream, found \(value.summary)")
        }
        let length = try resolve(dictionary["Length"] ?? .null)
        guard case .integer(let count) = length, count >= 0, count <= bytes.count - start else {
            throw PDFPatchError(
                "the stream at byte \(offset) has /Length \(length.summary); expected the length of its data")
        }
        var after = PDFParser(bytes, at: start + count)
        guard after.keyword() == "endstream" else {
            throw .expected(
                "'endstream' after /Length bytes", at: after.position, found: after.found(at: after.position))
        }
        let data = try PDFStreamDecoder.decode(bytes[start..<start + count], dictionary: dictionary, resolve: resolve)
        return (reference, dictionary, data)
    }

    private func objectStreamMember(stream number: Int, index: Int, number member: Int) throws(PDFPatchError)
        -> PDFObject
    {
        guard case .offset(let offset, _)? = locations[number] else {
            throw PDFPatchError("object \(member) is in object stream \(number), which is not in the file")
        }
        let (_, dictionary, data) = try stream(at: offset)
        guard dictionary["Type"] == .name("ObjStm"), let count = dictionary["N"]?.integer,
            let first = dictionary["First"]?.integer, index >= 0, index < count, first >= 0, first <= data.count
        else { throw PDFPatchError("object stream \(number) has no member \(index) (/Type /ObjStm, /N, /First)") }
        var header = PDFParser(data, at: 0)
        var found: (Int, Int)?
        for position in 0...index {
            let pair = (try header.integer(), try header.integer())
            if position == index { found = pair }
        }
        guard let (object, relative) = found, object == member, relative >= 0, first + relative < data.count else {
            throw PDFPatchError("object stream \(number) does not hold object \(member) at index \(index)")
        }
        var parser = PDFParser(data, at: first + relative)
        return try parser.object()
    }

    /// The offset after the last `startxref` keyword.
    private static func startxref(_ bytes: [UInt8]) throws(PDFPatchError) -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        while index >= 0, !bytes[index..<index + keyword.count].elementsEqual(keyword) { index -= 1 }
        guard index >= 0 else { throw PDFPatchError("no 'startxref' in the file; expected a complete PDF") }
        var parser = PDFParser(bytes, at: index + keyword.count)
        guard let offset = try? parser.integer(), offset >= 0, offset < bytes.count else {
            throw .expected(
                "the byte offset of the cross-reference section after 'startxref'", at: parser.position,
                found: parser.found(at: parser.position))
        }
        // Not `skipWhiteSpace`: `%%EOF` is a comment.
        while parser.position < bytes.count, PDFParser.isWhiteSpace(bytes[parser.position]) { parser.position += 1 }
        guard bytes[parser.position...].starts(with: Array("%%EOF".utf8)) else {
            throw .expected(
                "'%%EOF' after the startxref offset", at: parser.position, found: parser.found(at: parser.position))
        }
        return offset
    }
}
