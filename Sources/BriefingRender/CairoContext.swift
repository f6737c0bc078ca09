internal import CCairo

/// An owning wrapper of a `cairo_surface_t`.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer, operation: String) throws(RenderError) {
        self.pointer = pointer
        try check(operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Throws if the surface is in an error state.
    func check(_ operation: String) throws(RenderError) {
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(operation, String(cString: cairo_status_to_string(status)))
        }
    }

    /// Writes out everything pending; the surface can be drawn on no more.
    func finish() throws(RenderError) {
        cairo_surface_finish(pointer)
        try check("cairo_surface_finish")
    }
}

/// An owning wrapper of a `cairo_t` drawing on a surface.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws(RenderError) {
        guard let pointer = cairo_create(surface.pointer) else { throw RenderError("cairo_create", "out of memory") }
        self.pointer = pointer
        self.surface = surface
        try check("cairo_create")
    }

    deinit { cairo_destroy(pointer) }

    func check(_ operation: String) throws(RenderError) {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(operation, String(cString: cairo_status_to_string(status)))
        }
    }
}
