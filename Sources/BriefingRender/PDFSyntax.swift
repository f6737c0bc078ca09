/// How text is written into PDF syntax and into cairo's tag attributes: one function for each
/// kind of token, as typst's pdf-writer has `Str`, `TextStr` and `Name`. Every string this module
/// writes into a PDF goes through here; nothing is spliced into PDF syntax unescaped.
enum PDFSyntax {
    /// The bytes of a PDF text string (a document's language, an alternative text): printable
    /// ASCII, tabs and line endings as they are, anything else as UTF-16BE after a byte-order mark. `string` writes them: a literal
    /// `(…)` for printable ASCII, a hex string `<FEFF…>` otherwise.
    static func textBytes(_ value: String) -> [UInt8] {
        // PDFDocEncoding agrees with ASCII on printable characters, tab and line endings only.
        let plain = value.unicodeScalars.allSatisfy {
            (0x20...0x7E).contains($0.value) || "\t\n\r".unicodeScalars.contains($0)
        }
        if plain { return Array(value.utf8) }
        return [0xFE, 0xFF] + value.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// A string holding `bytes`: a literal when they are all printable ASCII, else a hex string
    /// (UTF-16 text, binary ids).
    static func string(_ bytes: [UInt8]) -> String {
        bytes.allSatisfy { (0x20...0x7E).contains($0) } ? literal(bytes) : hexString(bytes)
    }

    /// A literal string `(…)` holding `bytes`.
    static func literal(_ bytes: [UInt8]) -> String { "(" + literalBody(bytes) + ")" }

    /// What stands between the parentheses of a literal string holding `bytes`: `\`, `(` and `)`
    /// escaped with a backslash, bytes outside printable ASCII as three-digit octal escapes
    /// (`\012`), so no line ending or unbalanced parenthesis ever reaches the file.
    static func literalBody(_ bytes: [UInt8]) -> String {
        var body = ""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"):
                body += "\\" + String(Unicode.Scalar(byte))
            case 0x20...0x7E:
                body.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let octal = String(byte, radix: 8)
                body += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return body
    }

    /// A hex string `<…>` holding `bytes`.
    static func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var text = "<"
        for byte in bytes {
            text.unicodeScalars.append(digits[Int(byte >> 4)])
            text.unicodeScalars.append(digits[Int(byte & 0x0F)])
        }
        return text + ">"
    }

    /// A name `/…`; `bytes` are its decoded bytes. Anything but regular printable characters
    /// (delimiters, white space, `#`, bytes outside `!`…`~`) is written as `#xx`.
    static func name(_ bytes: [UInt8]) -> String {
        var text = "/"
        for byte in bytes {
            if (0x21...0x7E).contains(byte), !nameDelimiters.contains(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "#" + String(hexString([byte]).dropFirst().dropLast())
            }
        }
        return text
    }

    private static let nameDelimiters = Set("#()<>[]{}/%".utf8)

    /// A value for one of cairo's tag attributes (`uri='…'`): single-quoted, with `\` and `'`
    /// escaped by a backslash, as cairo's attribute parser reads them.
    static func attribute(_ value: String) -> String {
        var quoted = "'"
        for character in value {
            if character == "\\" || character == "'" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "'"
    }

    /// The name of a destination as it goes to cairo: every byte outside ASCII letters, digits,
    /// `-`, `.` and `_` percent-encoded. cairo 1.16 writes destination names into the document's
    /// name tree as `(name)` without escaping, so only such characters may reach it; the same
    /// mapping is applied to a destination and to every link and outline entry pointing at it.
    static func destinationName(_ name: String) -> String {
        var safe = ""
        for byte in name.utf8 {
            let isSafe =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            if isSafe {
                safe.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                safe += "%" + String(hexString([byte]).dropFirst().dropLast())
            }
        }
        return safe
    }
}
