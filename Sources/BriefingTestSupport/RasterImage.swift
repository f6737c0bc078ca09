internal import CCairo

/// The pixels of a PNG, decoded by cairo: for comparing rendered charts with reference images
/// and for writing the difference as an image a person can look at.
public struct RasterImage: Equatable, Sendable {
    /// A cairo call that failed, and cairo's reason.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let width: Int
    public let height: Int
    /// Row by row, top to bottom, as `0xAARRGGBB` with premultiplied alpha (cairo's ARGB32).
    public var pixels: [UInt32]

    public init(width: Int, height: Int, pixels: [UInt32]) {
        precondition(pixels.count == width * height, "\(pixels.count) pixels for \(width) × \(height)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes PNG bytes.
    public init(png bytes: [UInt8]) throws(Failure) {
        let reader = ByteReader(bytes)
        let surface = try ImageSurface(
            withExtendedLifetime(reader) {
                cairo_image_surface_create_from_png_stream(
                    { closure, data, length in
                        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
                        let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
                        return reader.read(into: data, count: Int(length))
                            ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
                    }, Unmanaged.passUnretained(reader).toOpaque())
            }, operation: "cairo_image_surface_create_from_png_stream")
        cairo_surface_flush(surface.pointer)
        let width = Int(cairo_image_surface_get_width(surface.pointer))
        let height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        let opaque = cairo_image_surface_get_format(surface.pointer) == CAIRO_FORMAT_RGB24
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            throw Failure(description: "cairo_image_surface_get_data: no pixels")
        }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for row in 0..<height {
            let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { pixels.append(opaque ? line[column] | 0xFF00_0000 : line[column]) }
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    /// Encodes the pixels as PNG bytes.
    public func png() throws(Failure) -> [UInt8] {
        let surface = try ImageSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
            operation: "cairo_image_surface_create")
        cairo_surface_flush(surface.pointer)
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            throw Failure(description: "cairo_image_surface_get_data: no pixels")
        }
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        for row in 0..<height {
            let line = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { line[column] = pixels[row * width + column] }
        }
        cairo_surface_mark_dirty(surface.pointer)
        let writer = ByteWriter()
        let status = withExtendedLifetime(writer) {
            cairo_surface_write_to_png_stream(
                surface.pointer,
                { closure, data, length in
                    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<ByteWriter>.fromOpaque(closure).takeUnretainedValue()
                        .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(writer).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            let reason = String(cString: cairo_status_to_string(status))
            throw Failure(description: "cairo_surface_write_to_png_stream: \(reason)")
        }
        return writer.bytes
    }
}

/// An owning wrapper of a cairo image surface, checked when made.
private final class ImageSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer?, operation: String) throws(RasterImage.Failure) {
        guard let pointer else { throw RasterImage.Failure(description: "\(operation): out of memory") }
        self.pointer = pointer
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RasterImage.Failure(description: "\(operation): \(String(cString: cairo_status_to_string(status)))")
        }
    }

    deinit { cairo_surface_destroy(pointer) }
}

/// Hands out bytes to cairo's PNG reader in the pieces it asks for.
private final class ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Copies the next `count` bytes to `destination`; false if fewer remain.
    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count <= bytes.count - offset else { return false }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            destination.update(from: base + offset, count: count)
        }
        offset += count
        return true
    }
}

/// Collects the bytes cairo's PNG writer hands out.
private final class ByteWriter {
    var bytes: [UInt8] = []
}
