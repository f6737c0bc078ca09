/// The ledger's JSON written directly, byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (keys in UTF-8 byte order, as it
/// sorts them): the encoder first builds a tree of boxed values for the whole ledger, which for
/// 14,400 reports is about 13 MiB and 0.2 s at every save, growing with the number of reports.
/// Written directly, a save costs the bytes written and a sort of the paths.
extension BatchLedger {
    /// The ledger as pretty-printed JSON with sorted keys.
    var json: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + outputs.count * 160)
        out += Array("{\n  \"format\" : \(format),\n  \"outputs\" : {".utf8)
        let paths = outputs.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if paths.isEmpty { out += Array("\n\n".utf8) }
        for (index, path) in paths.enumerated() {
            guard let record = outputs[path] else { continue }
            out += Array((index == 0 ? "\n    " : ",\n    ").utf8)
            Self.appendString(path, to: &out)
            out += Array(" : {\n      \"bytes\" : \(record.bytes),".utf8)
            if let content = record.content {
                out += Array("\n      \"content\" : ".utf8)
                Self.appendString(content, to: &out)
                out += Array(",".utf8)
            }
            out += Array("\n      \"inputs\" : ".utf8)
            Self.appendString(record.inputs, to: &out)
            out += Array("\n    }".utf8)
        }
        out += Array((paths.isEmpty ? "  }\n}" : "\n  }\n}").utf8)
        return out
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, `/` not.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
