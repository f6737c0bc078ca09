internal import CCairo
internal import CFontSubset

/// An owning reference to a cairo font face made from a FreeType face: a whole font file's face,
/// or a subset held in memory. The FreeType face, its library and the subset's bytes live until
/// cairo lets the face go (user data on the face frees them), so a face may outlive this object
/// in cairo's caches.
///
/// Sendable: cairo counts references atomically and locks the FreeType face while it reads it,
/// and nothing else touches that face.
public final class PreparedFace: @unchecked Sendable {
    /// The `cairo_font_face_t`.
    let pointer: OpaquePointer
    /// The subset drawn with, or nil for the whole face.
    let subset: FontSubset?

    /// Takes over the reference to `pointer`, a face made elsewhere (one with variations, from a
    /// fontconfig pattern): destroyed with this object.
    init(adopting pointer: OpaquePointer) {
        self.pointer = pointer
        self.subset = nil
    }

    /// The face `source` names in its font file.
    convenience init(wholeFace source: FontSource) throws(RenderError) {
        try self.init(source, subset: nil) { library, face throws(RenderError) in
            guard FT_New_Face(library, source.path, source.index, &face) == 0 else {
                throw RenderError("FT_New_Face", "cannot open face \(source.index) of \(source.path)")
            }
        }
    }

    /// `subset`, a font in memory cut from `source`, emboldened if `source` is.
    convenience init(_ subset: FontSubset, of source: FontSource) throws(RenderError) {
        try self.init(source, subset: subset) { library, face throws(RenderError) in
            try subset.withBytes { bytes throws(RenderError) in
                let start = bytes.baseAddress?.assumingMemoryBound(to: FT_Byte.self)
                guard FT_New_Memory_Face(library, start, FT_Long(bytes.count), 0, &face) == 0 else {
                    throw RenderError("FT_New_Memory_Face", "cannot load the subset of \(source.path)")
                }
            }
        }
    }

    private init(
        _ source: FontSource, subset: FontSubset?,
        open: (FT_Library, inout FT_Face?) throws(RenderError) -> Void
    ) throws(RenderError) {
        let owner = try FreeTypeFace(subset: subset, open: open)
        guard let pointer = cairo_ft_font_face_create_for_ft_face(owner.face, 0) else {
            throw RenderError("cairo_ft_font_face_create_for_ft_face", "out of memory")
        }
        // cairo keeps using the FreeType face until it destroys its own face: free them together.
        // The owner's address is unique while it lives, so it serves as the user data key too.
        let retained = Unmanaged.passRetained(owner).toOpaque()
        let key = retained.assumingMemoryBound(to: cairo_user_data_key_t.self)
        let status = cairo_font_face_set_user_data(pointer, key, retained) { owner in
            if let owner { Unmanaged<FreeTypeFace>.fromOpaque(owner).release() }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(pointer)
            Unmanaged<FreeTypeFace>.fromOpaque(retained).release()
            throw RenderError("cairo_font_face_set_user_data", String(cString: cairo_status_to_string(status)))
        }
        // As a face made from a fontconfig pattern with `embolden` set.
        if source.emboldened { cairo_ft_font_face_set_synthesize(pointer, CAIRO_FT_SYNTHESIZE_BOLD.rawValue) }
        self.pointer = pointer
        self.subset = subset
    }

    deinit { cairo_font_face_destroy(pointer) }
}

/// A FreeType face with a library of its own (FreeType libraries are not shared between threads)
/// and the bytes it reads, freed together.
private final class FreeTypeFace {
    let library: FT_Library
    let face: FT_Face
    /// The font in memory the face reads, kept alive with it.
    let subset: FontSubset?

    init(subset: FontSubset?, open: (FT_Library, inout FT_Face?) throws(RenderError) -> Void) throws(RenderError) {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            throw RenderError("FT_Init_FreeType", "out of memory")
        }
        var face: FT_Face?
        do {
            try open(library, &face)
        } catch {
            FT_Done_FreeType(library)
            throw error
        }
        guard let face else {
            FT_Done_FreeType(library)
            throw RenderError("FreeType", "no face loaded")
        }
        self.library = library
        self.face = face
        self.subset = subset
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
    }
}
