internal import CDeflate
import Foundation

/// The members of a ZIP archive held in memory (an `.xlsx` workbook), read from its central
/// directory, each inflated with hard bounds: its compressed bytes as the archive records them,
/// and at most a given number of bytes out.
///
/// Written here rather than taken from ZIPFoundation, whose extraction on Linux loops forever on
/// a deflate stream that stops before its end (fuzzing found it; weichsel/ZIPFoundation#389) and
/// whose in-memory archives trap on damaged offsets. Every offset and size read from the archive
/// is checked against the bytes there are before it is used.
struct ZIPArchive {
    /// Why a member cannot be read.
    enum Problem: Error, Equatable {
        /// The bytes are not a ZIP archive (no end of central directory).
        case notAnArchive
        /// An offset, size or signature does not fit the bytes, or the deflate stream is broken.
        case damaged
        /// The member uses a compression other than none and deflate (e.g. ZIP64 or encryption).
        case unsupported
        /// The member inflates to more than the limit asked for.
        case tooLarge
    }

    private struct Member {
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeader: Int
    }

    private let bytes: [UInt8]
    private var members: [String: Member] = [:]

    /// Reads the central directory of `bytes`.
    init(_ bytes: [UInt8]) throws(Problem) {
        self.bytes = bytes
        let end = try Self.endOfCentralDirectory(in: bytes)
        let count = Int(read16(end + 10))
        var offset = Int(read32(end + 16))
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, read32(offset) == 0x0201_4B50 else { throw .damaged }
            let nameLength = Int(read16(offset + 28))
            let skipped = Int(read16(offset + 30)) + Int(read16(offset + 32))
            guard offset + 46 + nameLength + skipped <= bytes.count else { throw .damaged }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            members[name] = Member(
                method: read16(offset + 10), compressedSize: Int(read32(offset + 20)),
                uncompressedSize: Int(read32(offset + 24)), localHeader: Int(read32(offset + 42)))
            offset += 46 + nameLength + skipped
        }
    }

    /// Whether the archive has a member `name`.
    func contains(_ name: String) -> Bool { members[name] != nil }

    /// The size the archive declares `name` inflates to (which the inflating does not trust).
    func declaredSize(of name: String) -> Int? { members[name]?.uncompressedSize }

    /// The bytes of member `name` (nil when there is none), inflated from exactly its recorded
    /// compressed bytes, refused past `limit` bytes out.
    func contents(of name: String, limit: Int) throws(Problem) -> Data? {
        guard let member = members[name] else { return nil }
        let header = member.localHeader
        guard header + 30 <= bytes.count, read32(header) == 0x0403_4B50 else { throw .damaged }
        let start = header + 30 + Int(read16(header + 26)) + Int(read16(header + 28))
        guard start <= bytes.count, member.compressedSize <= bytes.count - start else { throw .damaged }
        let compressed = bytes[start..<(start + member.compressedSize)]
        switch member.method {
        case 0:
            guard compressed.count <= limit else { throw .tooLarge }
            return Data(compressed)
        case 8:
            return try Self.inflate(compressed, limit: limit)
        default:
            throw .unsupported
        }
    }

    /// Raw deflate data inflated; `.damaged` when the stream does not end within `compressed`.
    private static func inflate(_ compressed: ArraySlice<UInt8>, limit: Int) throws(Problem) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        var tooLarge = false
        compressed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            // Until the stream ends, fails, or can go no further: no input left and room for output
            // means it was cut short (a loop that waits for more would never end).
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CDeflate.inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                guard output.count + produced <= limit else {
                    tooLarge = true
                    return
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        if tooLarge { throw .tooLarge }
        guard status == Z_STREAM_END else { throw .damaged }
        return output
    }

    /// The offset of the end-of-central-directory record, searched back from the end over the
    /// longest comment a ZIP file may carry.
    private static func endOfCentralDirectory(in bytes: [UInt8]) throws(Problem) -> Int {
        guard bytes.count >= 22 else { throw .notAnArchive }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 {
                return offset
            }
            offset -= 1
        }
        throw .notAnArchive
    }

    private func read16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func read32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
