import BriefingCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts table files in a declared legacy encoding to UTF-8, with iconv.
enum TextDecoding {
    /// Where a conversion stopped: the byte offset of the first byte that does not belong to the encoding.
    struct Failure: Error {
        var offset: Int
    }

    /// `bytes` in `encoding`, as UTF-8 bytes.
    static func utf8(_ bytes: [UInt8], from encoding: TableFormat.Encoding) -> Result<[UInt8], Failure> {
        guard encoding != .utf8 else { return .success(bytes) }
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return .failure(Failure(offset: 0)) }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var chunk = [CChar](repeating: 0, count: 1 << 16)
        var consumed = 0
        let total = input.count
        while consumed < total {
            let (status, used, produced): (Int, Int, Int) = input.withUnsafeMutableBufferPointer { source in
                chunk.withUnsafeMutableBufferPointer { target in
                    var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress.map { $0 + consumed }
                    var inLeft = total - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                    var outLeft = target.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, total - consumed - inLeft, target.count - outLeft)
                }
            }
            output.append(contentsOf: chunk[0..<produced].map { UInt8(bitPattern: $0) })
            consumed += used
            if status == -1, errno != E2BIG { return .failure(Failure(offset: consumed)) }
        }
        return .success(output)
    }

    /// The error for a file that is not in its declared encoding, at the line and byte column of `offset`.
    static func error(_ failure: Failure, in bytes: [UInt8], encoding: TableFormat.Encoding, path: String)
        -> Diagnostic
    {
        let before = bytes[..<min(failure.offset, bytes.count)]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let found = bytes[failure.offset...].prefix(2).map { "0x" + String($0, radix: 16, uppercase: false) }
        return .error(
            at: SourceLocation(path: path, line: line, column: failure.offset - lineStart + 1),
            "expected \(encoding.rawValue.uppercased()) text, found the bytes \(found.joined(separator: " "))")
    }
}
