/// A reference to an indirect object: `12 0 R`.
struct PDFReference: Hashable, Sendable {
    var number: Int
    var generation: Int
}

/// A PDF dictionary, keys in the order they were read (so a rewritten object reads like the
/// original). Keys are names, each byte of the decoded name as one scalar U+0000…U+00FF.
struct PDFDictionary: Equatable, Sendable {
    var entries: [(key: String, value: PDFObject)] = []

    subscript(key: String) -> PDFObject? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    static func == (a: PDFDictionary, b: PDFDictionary) -> Bool {
        a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A PDF object as read from a file, and written back with `PDFSyntax`.
indirect enum PDFObject: Equatable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int)
    /// A real number, kept as written so that writing it back changes nothing.
    case real(String)
    case string([UInt8])
    /// A name's decoded bytes, each as one scalar U+0000…U+00FF.
    case name(String)
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case reference(PDFReference)

    var dictionary: PDFDictionary? {
        if case .dictionary(let value) = self { return value }
        return nil
    }

    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var name: String? {
        if case .name(let value) = self { return value }
        return nil
    }

    var reference: PDFReference? {
        if case .reference(let value) = self { return value }
        return nil
    }

    var array: [PDFObject]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The object in PDF syntax. Strings go out as escaped literals, names with `#xx` escapes:
    /// whatever the bytes read, the text written parses back to the same object.
    var pdfText: String {
        switch self {
        case .null: return "null"
        case .boolean(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .real(let text): return text
        case .string(let bytes): return PDFSyntax.string(bytes)
        case .name(let name): return PDFSyntax.name(name.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        case .array(let items): return "[" + items.map(\.pdfText).joined(separator: " ") + "]"
        case .dictionary(let dictionary):
            let entries = dictionary.entries.map { PDFObject.name($0.key).pdfText + " " + $0.value.pdfText }
            return "<< " + entries.joined(separator: " ") + " >>"
        case .reference(let reference): return "\(reference.number) \(reference.generation) R"
        }
    }

    /// A short account of the object for error messages: its kind, or the name.
    var summary: String {
        switch self {
        case .null: return "null"
        case .boolean: return "a boolean"
        case .integer(let value): return "the number \(value)"
        case .real(let text): return "the number \(text)"
        case .string: return "a string"
        case .name(let name): return "the name /\(name)"
        case .array: return "an array"
        case .dictionary: return "a dictionary"
        case .reference(let reference): return "a reference to object \(reference.number)"
        }
    }
}
