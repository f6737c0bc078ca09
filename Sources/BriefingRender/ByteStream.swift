internal import CCairo

/// Collects the bytes a cairo surface streams out (PDF, SVG), so that files can be written
/// atomically once the whole output exists. Pass `closure` with `write` to cairo, and keep the
/// stream alive (`withExtendedLifetime`) until the surface is finished.
final class ByteStream {
    private(set) var bytes: [UInt8] = []

    /// The closure argument cairo hands back to `write`.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// A cairo write function appending to the stream passed as its closure.
    static var write: cairo_write_func_t {
        { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteStream>.fromOpaque(closure).takeUnretainedValue()
                .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
    }
}
