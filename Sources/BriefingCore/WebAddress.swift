/// A link target a document may carry: an absolute `http`, `https` or `mailto` URI (RFC 3986),
/// normalised so that every character outside a small safe set is percent-encoded.
///
/// The normalised text holds only ASCII letters, digits and `- . _ ~ : / ? # [ ] @ ! $ & * + , ; = %`:
/// no space, quote, parenthesis, backslash, angle bracket, control or non-ASCII character, so it
/// can stand inside any PDF string or tag attribute without escaping. `[` and `]` appear only
/// around an IPv6 host.
public struct WebAddress: Hashable, Sendable, CustomStringConvertible {
    /// The schemes a link may use.
    public static let schemes: Set<String> = ["http", "https", "mailto"]

    /// Why a destination is not a `WebAddress`.
    public enum Problem: Error, Equatable, Sendable {
        /// No scheme, or one other than http, https and mailto (a relative path, `javascript:`, `file:`…).
        case notAllowed
        /// An allowed scheme followed by something that is not a valid address; says what was wrong.
        case malformed(String)
    }

    /// The normalised URI.
    public let text: String
    /// The scheme, lower case.
    public let scheme: String

    public var description: String { text }

    /// Parses `destination` as an absolute http, https or mailto URI and normalises it.
    public init(parsing destination: String) throws(Problem) {
        let bytes = Array(destination.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            Self.isAlpha(bytes[0]), bytes[..<colon].allSatisfy(Self.isSchemeByte)
        else { throw .notAllowed }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard Self.schemes.contains(scheme) else { throw .notAllowed }
        var rest = bytes[(colon + 1)...]
        var text = scheme + ":"
        if scheme == "mailto" {
            guard let first = rest.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "#") else {
                throw .malformed("expected an address after 'mailto:'")
            }
        } else {
            guard rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) else {
                throw .malformed("expected '//' and a host name after '\(scheme):'")
            }
            rest = rest.dropFirst(2)
            let end = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            text += "//" + (try Self.authority(rest[..<(end ?? rest.endIndex)]))
            rest = rest[(end ?? rest.endIndex)...]
        }
        // Path, query and fragment: the first `?` starts the query, the first `#` the fragment.
        var inFragment = false
        var index = rest.startIndex
        while index < rest.endIndex {
            let byte = rest[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < rest.endIndex, Self.isHex(rest[index + 1]), Self.isHex(rest[index + 2]) else {
                    let found = String(decoding: rest[index..<min(index + 3, rest.endIndex)], as: UTF8.self)
                    throw .malformed("'\(found)' is not a percent-encoded byte (% and two hexadecimal digits)")
                }
                text += String(decoding: rest[index...(index + 2)], as: UTF8.self)
                index += 3
                continue
            }
            if byte == UInt8(ascii: "#"), !inFragment {
                inFragment = true
                text += "#"
            } else if Self.isPathByte(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += Self.percentEncoded(byte)
            }
            index += 1
        }
        self.scheme = scheme
        self.text = text
    }

    /// `host:port`, checked; the bytes of a non-ASCII host name are percent-encoded.
    private static func authority(_ bytes: ArraySlice<UInt8>) throws(Problem) -> String {
        var host = bytes
        if let at = bytes.lastIndex(of: UInt8(ascii: "@")) {
            throw .malformed(
                "expected a host name after '//', found user information '\(String(decoding: bytes[..<at], as: UTF8.self))@'"
            )
        }
        var port = ""
        if host.first == UInt8(ascii: "[") {
            guard let close = host.firstIndex(of: UInt8(ascii: "]")),
                close > host.startIndex + 1,
                host[(host.startIndex + 1)..<close].allSatisfy({
                    isHex($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
                })
            else { throw .malformed("expected an IPv6 address between '[' and ']'") }
            let after = host[(close + 1)...]
            if !after.isEmpty {
                guard after.first == UInt8(ascii: ":") else { throw .malformed("expected ':' and a port after ']'") }
                port = try Self.port(after.dropFirst())
            }
            host = host[...close]
        } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            port = try Self.port(host[(colon + 1)...])
            host = host[..<colon]
        }
        guard !host.isEmpty else { throw .malformed("expected a host name after '//'") }
        var text = ""
        if host.first != UInt8(ascii: "[") {
            for (index, byte) in zip(host.indices, host) {
                if byte == UInt8(ascii: "%"), index + 2 < host.endIndex, isHex(host[index + 1]), isHex(host[index + 2])
                {
                    text += "%"  // an encoded byte, kept (its digits follow)
                } else if byte >= 0x80 {
                    text += percentEncoded(byte)
                } else if isAlpha(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
                {
                    text.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let found = String(decoding: [byte], as: UTF8.self).debugDescription
                    throw .malformed("the host name has the character \(found); expected letters, digits, '-' and '.'")
                }
            }
        } else {
            text = String(decoding: host, as: UTF8.self)
        }
        return port.isEmpty ? text : text + ":" + port
    }

    private static func port(_ bytes: ArraySlice<UInt8>) throws(Problem) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard !bytes.isEmpty, bytes.count <= 5, bytes.allSatisfy(isDigit), let value = Int(text), value <= 65535 else {
            throw .malformed("expected a port number from 0 to 65535 after ':', found '\(text)'")
        }
        return text
    }

    /// RFC 3986 `pchar` and `/ ?`, less `' ( )`, which PDF strings and tag attributes would need escaped.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || pathPunctuation.contains(byte)
    }

    private static let pathPunctuation = Set("-._~:/?@!$&*+,;=".utf8)

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    private static func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func percentEncoded(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
