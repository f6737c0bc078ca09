/// Reads PDF objects from bytes (ISO 32000-1, 7.2–7.3): numbers, names with `#xx` escapes,
/// literal strings with nesting and escapes, hex strings, arrays, dictionaries, references,
/// and the `N G obj … endobj` wrapper with a stream's extent. It checks as it goes and throws a
/// `PDFPatchError` naming the byte offset; nesting is bounded so no input exhausts the stack.
struct PDFParser {
    /// Deeper arrays and dictionaries are refused.
    static let maxDepth = 64

    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// An indirect object `N G obj … endobj`: its number, generation, value and, for a stream,
    /// where the stream's data starts (its length is in the dictionary, perhaps as a reference).
    mutating func indirectObject() throws(PDFPatchError) -> (PDFReference, PDFObject, streamStart: Int?) {
        let start = position
        guard case .integer(let number)? = try? token(), case .integer(let generation)? = try? token(),
            number >= 0, generation >= 0, keyword() == "obj"
        else { throw .expected("an object header 'N G obj'", at: start, found: found(at: start)) }
        let value = try object()
        let afterValue = position
        let next = keyword()
        if next == "stream", case .dictionary = value {
            // The keyword is followed by CR LF or LF, then the data.
            if position < bytes.count, bytes[position] == 0x0D { position += 1 }
            guard position < bytes.count, bytes[position] == 0x0A else {
                throw .expected("a line ending after 'stream'", at: position, found: found(at: position))
            }
            return (PDFReference(number: number, generation: generation), value, position + 1)
        }
        guard next == "endobj" else { throw .expected("'endobj'", at: afterValue, found: found(at: afterValue)) }
        return (PDFReference(number: number, generation: generation), value, nil)
    }

    /// The next object, references included.
    mutating func object(depth: Int = 0) throws(PDFPatchError) -> PDFObject {
        let start = position
        guard depth <= Self.maxDepth else {
            throw PDFPatchError("at byte \(start): arrays and dictionaries nested more than \(Self.maxDepth) deep")
        }
        switch try token() {
        case .integer(let number):
            // `N G R` is a reference; look ahead without consuming anything else.
            let after = position
            if case .integer(let generation)? = try? token(), keyword() == "R", number >= 0, generation >= 0 {
                return .reference(PDFReference(number: number, generation: generation))
            }
            position = after
            return .integer(number)
        case .arrayStart:
            var items: [PDFObject] = []
            while try !consume("]") { items.append(try object(depth: depth + 1)) }
            return .array(items)
        case .dictionaryStart:
            var dictionary = PDFDictionary()
            while try !consume(">>") {
                let keyStart = position
                guard case .name(let key) = try object(depth: depth + 1) else {
                    throw .expected("a name as a dictionary key", at: keyStart, found: found(at: keyStart))
                }
                dictionary[key] = try object(depth: depth + 1)
            }
            return .dictionary(dictionary)
        case .value(let value):
            return value
        case .keyword(let word):
            throw .expected("an object", at: start, found: "'\(word)'")
        }
    }

    private enum Token {
        case value(PDFObject)
        case integer(Int)
        case arrayStart
        case dictionaryStart
        case keyword(String)
    }

    /// The next token, after white space and comments.
    private mutating func token() throws(PDFPatchError) -> Token {
        skipWhiteSpace()
        let start = position
        guard position < bytes.count else { throw .expected("an object", at: start, found: "the end of the file") }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            return .value(.name(try name()))
        case UInt8(ascii: "("):
            position += 1
            return .value(.string(try literalString()))
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .dictionaryStart
            }
            position += 1
            return .value(.string(try hexString()))
        case UInt8(ascii: "["):
            position += 1
            return .arrayStart
        case UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            throw .expected("an object", at: start, found: found(at: start))
        default:
            let word = regularRun()
            if let first = word.first,
                first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                    || first == UInt8(ascii: ".") || Self.isDigit(first)
            {
                return try number(word, at: start)
            }
            switch String(decoding: word, as: UTF8.self) {
            case "true": return .value(.boolean(true))
            case "false": return .value(.boolean(false))
            case "null": return .value(.null)
            case let keyword: return .keyword(keyword)
            }
        }
    }

    /// The next keyword (`obj`, `R`, `stream`, `xref`, `trailer`…), or "" where there is none.
    mutating func keyword() -> String {
        skipWhiteSpace()
        return String(decoding: regularRun(), as: UTF8.self)
    }

    /// The next token if it is an integer.
    mutating func integer() throws(PDFPatchError) -> Int {
        let start = position
        guard case .integer(let value) = try token() else {
            throw .expected("an integer", at: start, found: found(at: start))
        }
        return value
    }

    /// Skips `delimiter` (`]` or `>>`) if it comes next.
    private mutating func consume(_ delimiter: String) throws(PDFPatchError) -> Bool {
        skipWhiteSpace()
        let expected = Array(delimiter.utf8)
        guard position < bytes.count else {
            throw .expected("'\(delimiter)'", at: position, found: "the end of the file")
        }
        if bytes[position...].starts(with: expected) {
            position += expected.count
            return true
        }
        return false
    }

    private func number(_ word: ArraySlice<UInt8>, at start: Int) throws(PDFPatchError) -> Token {
        let text = String(decoding: word, as: UTF8.self)
        let digits = word.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        let dots = digits.filter { $0 == UInt8(ascii: ".") }.count
        guard word.count - digits.count <= 1, !digits.isEmpty, dots <= 1,
            digits.allSatisfy({ Self.isDigit($0) || $0 == UInt8(ascii: ".") }), digits.contains(where: Self.isDigit)
        else { throw .expected("a number", at: start, found: "'\(text)'") }
        if dots == 1 { return .value(.real(text)) }
        guard let value = Int(text) else { throw .expected("an integer that fits 64 bits", at: start, found: text) }
        return .integer(value)
    }

    private mutating func name() throws(PDFPatchError) -> String {
        var name = ""
        while position < bytes.count, Self.isRegular(bytes[position]) {
            var byte = bytes[position]
            if byte == UInt8(ascii: "#") {
                guard position + 2 < bytes.count, let high = Self.hexValue(bytes[position + 1]),
                    let low = Self.hexValue(bytes[position + 2])
                else {
                    throw .expected(
                        "two hexadecimal digits after '#' in a name", at: position, found: found(at: position))
                }
                byte = high << 4 | low
                position += 2
            }
            name.unicodeScalars.append(Unicode.Scalar(byte))
            position += 1
        }
        return name
    }

    private mutating func literalString() throws(PDFPatchError) -> [UInt8] {
        let start = position - 1
        var value: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                value.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return value }
                value.append(byte)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "b"): value.append(0x08)
                case UInt8(ascii: "f"): value.append(0x0C)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 where position < bytes.count && (0x30...0x37).contains(bytes[position]) {
                        code = code * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    value.append(UInt8(truncatingIfNeeded: code))
                case 0x0D:  // a line continuation: backslash, CR (LF)
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A:
                    break
                default:
                    value.append(escaped)  // \( \) \\ and any other: the character itself
                }
            case 0x0D:  // an unescaped line ending is one LF
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                value.append(0x0A)
            default:
                value.append(byte)
            }
        }
        throw .expected("')' closing the string that starts there", at: start, found: "the end of the file")
    }

    private mutating func hexString() throws(PDFPatchError) -> [UInt8] {
        let start = position - 1
        var digits: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
            }
            if Self.isWhiteSpace(byte) { continue }
            guard let value = Self.hexValue(byte) else {
                throw .expected("hexadecimal digits in a hex string", at: position - 1, found: found(at: position - 1))
            }
            digits.append(value)
        }
        throw .expected("'>' closing the hex string that starts there", at: start, found: "the end of the file")
    }

    mutating func skipWhiteSpace() {
        while position < bytes.count {
            if Self.isWhiteSpace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Regular characters from `position` on (a number, keyword or name body), consumed.
    private mutating func regularRun() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// A few bytes at `offset`, for error messages.
    func found(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let text = bytes[offset..<min(bytes.count, offset + 12)].map {
            (0x20...0x7E).contains($0) ? Character(Unicode.Scalar($0)) : "."
        }
        return "'\(String(text))'"
    }

    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isRegular(_ byte: UInt8) -> Bool {
        !isWhiteSpace(byte) && !delimiters.contains(byte)
    }

    private static let delimiters = Set("()<>[]{}/%".utf8)

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
