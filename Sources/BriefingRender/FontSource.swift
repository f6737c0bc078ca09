/// One face of a font file, as fontconfig finds it: the file, the face's index in it (a `.ttc`
/// collection holds several), and whether cairo must embolden it (a bold the family lacks, as
/// fontconfig's `embolden` asks for FandolFang). A synthetic oblique is no part of the face: it
/// is a shear of the scaled font's matrix.
public struct FontSource: Hashable, Sendable {
    /// The font file's absolute path.
    public var path: String
    /// The face's index in the file; 0 for a file holding one face.
    public var index: Int
    public var emboldened: Bool

    public init(path: String, index: Int = 0, emboldened: Bool = false) {
        self.path = path
        self.index = index
        self.emboldened = emboldened
    }
}
