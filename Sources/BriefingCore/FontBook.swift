/// A font face text is set in, as a file on disk: what render needs to draw a glyph run's glyph
/// ids, and nothing of the typesetter that chose it.
public struct FontReference: Hashable, Sendable {
    /// The font file.
    public var file: String
    /// The face's index in the file (a collection such as `NotoSansCJK-Regular.ttc` holds several).
    public var index: Int
    /// Whether strokes are thickened: a bold the family lacks (fontconfig's `embolden`).
    public var emboldened: Bool
    /// The horizontal shear of an oblique the family lacks (fontconfig's matrix `xy`; 0 upright).
    public var slant: Double
    /// OpenType variation settings (`wght=700,…`), empty for a static face.
    public var variations: String

    public init(file: String, index: Int = 0, emboldened: Bool = false, slant: Double = 0, variations: String = "") {
        self.file = file
        self.index = index
        self.emboldened = emboldened
        self.slant = slant
        self.variations = variations
    }
}

/// The fonts a document's glyph runs refer to, by number: a run's `font` is an index into
/// `fonts`. Numbers go in order of first use and never change, so a book that has grown still
/// serves the runs made before.
public struct FontBook: Hashable, Sendable {
    public private(set) var fonts: [FontReference]

    public init(_ fonts: [FontReference] = []) {
        self.fonts = fonts
    }

    /// The number of `font`, added at the end when it is new.
    public mutating func id(for font: FontReference) -> Int {
        // A document uses a handful of faces: a search is quicker than hashing the path.
        if let id = fonts.firstIndex(of: font) { return id }
        fonts.append(font)
        return fonts.count - 1
    }

    /// The font numbered `id`, or nil when the book has no such number.
    public subscript(id: Int) -> FontReference? {
        fonts.indices.contains(id) ? fonts[id] : nil
    }
}
