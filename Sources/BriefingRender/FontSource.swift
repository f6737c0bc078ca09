/// One face of a font file, as fontconfig finds it: the file, the face's index in it (a `.ttc`
/// collection holds several) and the styles cairo must synthesise because the face lacks them.
public struct FontSource: Hashable, Sendable {
    /// Styles drawn by cairo on top of the face's outlines.
    public struct Synthesis: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Outlines emboldened (fontconfig's `embolden`, as for FandolFang bold).
        public static let bold = Synthesis(rawValue: 1)
        /// Outlines slanted by 12 degrees.
        public static let oblique = Synthesis(rawValue: 2)
    }

    /// The font file's absolute path.
    public var path: String
    /// The face's index in the file; 0 for a file holding one face.
    public var index: Int
    public var synthesis: Synthesis

    public init(path: String, index: Int = 0, synthesis: Synthesis = []) {
        self.path = path
        self.index = index
        self.synthesis = synthesis
    }
}
