/// A cheap scan for nesting deeper than a parser should be asked to recurse into: flow
/// brackets (`[`, `{` outside quotes) and, for YAML, block indentation (`- - - x` nests too).
enum NestingDepth {
    /// The 1-based line where `text` first nests deeper than `limit`, or nil.
    static func firstLineTooDeep(_ text: String, limit: Int = TableLimits.nestingDepth) -> Int? {
        var depth = 0
        var line = 1
        var quote: UInt8?
        var escaped = false
        var atLineStart = true
        var indent = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                line += 1
                atLineStart = true
                indent = 0
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") {
                    indent += 1
                    // Each block level takes at least two columns of indentation or a "- ".
                    if indent > 2 * limit { return line }
                    continue
                }
                atLineStart = false
            }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
                    escaped = true
                } else if byte == open {
                    quote = nil
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
