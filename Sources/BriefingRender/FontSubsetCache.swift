internal import CFontSubset
import Foundation

/// Common subsets kept on disk between processes, so that a process drawing one document does
/// not pay for cutting them (about 60–180 ms and 40 MiB of peak memory a CJK face) but reads
/// 1.7 MB. A file is named after what its subset follows from — the font file's path, size and
/// modification time, the face, the common characters, the subsetter's settings and HarfBuzz's
/// version — so a changed font or program never finds a stale subset. Files are written
/// atomically; one that cannot be read back whole is ignored and made again.
///
/// A file holds `BFS1`, the number of glyphs kept and their ids (32-bit little-endian), then
/// the font.
struct FontSubsetCache: Sendable {
    let folder: String

    /// What the subsets depend on besides the font file: bump when the set or settings change.
    private static let version = "common-2|\(CommonCharacters.codePoints.count)|\(String(cString: hb_version_string()))"
    private static let magic = Array("BFS1".utf8)

    /// The cached common subset of `source` (path and face), or nil when there is none.
    func load(_ source: FontSource) -> FontSubset? {
        guard let path = file(for: source), let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length >= 8 else { return nil }
        let header = UnsafeRawBufferPointer(start: data, count: Int(length))
        let count = Int(header.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian)
        let fontStart = 8 + count * 4
        guard Array(header.prefix(4)) == Self.magic, fontStart < header.count else { return nil }
        let glyphs = (0..<count).map { header.loadUnaligned(fromByteOffset: 8 + $0 * 4, as: UInt32.self).littleEndian }
        guard let font = hb_blob_create_sub_blob(blob, UInt32(fontStart), length - UInt32(fontStart)) else {
            return nil
        }
        return try? FontSubset(bytes: font, glyphs: glyphs)
    }

    /// Keeps `subset` of `source` (path and face), a font of `glyphCount` glyphs; a failure to
    /// write only means the next process makes it again.
    func store(_ subset: FontSubset, glyphCount: Int, of source: FontSource) {
        guard let path = file(for: source) else { return }
        let glyphs = subset.glyphs(of: glyphCount)
        var bytes = Self.magic
        for value in [UInt32(glyphs.count)] + glyphs { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        do { try subset.withBytes { font throws(RenderError) in bytes += font } } catch { return }
        try? AtomicFile.write(bytes, to: (path as NSString).lastPathComponent, in: folder)
    }

    /// The cache file's path for `source`, or nil when the font file cannot be looked at.
    private func file(for source: FontSource) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source.path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        let identity = "\(Self.version)|\(source.path)|\(source.index)|\(size)|\(modified.timeIntervalSince1970)"
        let hash = Self.fingerprint(identity.utf8)
        let name = (source.path as NSString).lastPathComponent
        return (folder as NSString).appendingPathComponent("\(name)-\(source.index)-\(String(hash, radix: 16)).subset")
    }

    /// FNV-1a of `bytes`: the same in every process (unlike `Hasher`).
    static func fingerprint(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
