/// Why a PDF could not be patched: the file is not what a PDF reader would accept, or it lacks
/// what the patch adds to. The PDF writer turns it into a `RenderError`, so the build fails
/// rather than leaving a PDF without its language or alternative texts.
struct PDFPatchError: Error, Equatable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    /// `expected` was not at byte `offset`.
    static func expected(_ expected: String, at offset: Int, found: String) -> PDFPatchError {
        PDFPatchError("at byte \(offset): expected \(expected), found \(found)")
    }
}
