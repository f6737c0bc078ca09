internal import CCairo
internal import CDeflate

/// Writes an opaque cairo image as PNG faster than cairo does: cairo's writer (libpng) tries every
/// row filter and compresses at zlib's default level, which took 95% of a 300 dpi chart export.
/// Charts are flat colour on white, so rows go unfiltered and deflate runs at its fastest level;
/// the file is somewhat larger, the pixels the same. The resolution is recorded (`pHYs`).
enum PNGEncoder {
    /// The PNG of an RGB24 image surface at `dpi`.
    static func encode(_ surface: CairoSurface, dpi: Double) throws(RenderError) -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface.pointer))
        let height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface.pointer) else {
            throw RenderError("PNG encoding", "the image has no pixels")
        }
        // Each row: filter type 0 (none), then red, green, blue. cairo's RGB24 pixels are 32-bit
        // words 0x00RRGGBB in native byte order.
        var raw = [UInt8](repeating: 0, count: height * (1 + 3 * width))
        raw.withUnsafeMutableBufferPointer { out in
            var o = 0
            for y in 0..<height {
                out[o] = 0
                o += 1
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let pixel = row[x]
                    out[o] = UInt8(truncatingIfNeeded: pixel >> 16)
                    out[o + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    out[o + 2] = UInt8(truncatingIfNeeded: pixel)
                    o += 3
                }
            }
        }
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        let status = compress2(&compressed, &compressedLength, raw, uLong(raw.count), Z_BEST_SPEED)
        guard status == Z_OK else { throw RenderError("deflate", "zlib status \(status)") }
        compressed.removeSubrange(Int(compressedLength)...)

        let header =
            PNGChunks.bigEndian(UInt32(width)) + PNGChunks.bigEndian(UInt32(height))
            + [8, 2, 0, 0, 0]  // 8 bits a sample, truecolour, deflate, adaptive filtering, no interlace
        return PNGChunks.signature + PNGChunks.chunk("IHDR", header) + PNGChunks.resolution(dpi)
            + PNGChunks.chunk("IDAT", compressed) + PNGChunks.chunk("IEND", [])
    }
}
