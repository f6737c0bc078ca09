import BriefingCore

/// An id written in a manifest (an entity to select, the total's entity), with where it is
/// written, for errors about it found only when the tables are read.
public struct ManifestID: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation
    /// The manifest line the id is on, shown under an error about it.
    public var sourceLine: String?

    public init(_ id: String, at location: SourceLocation, sourceLine: String? = nil) {
        self.id = id
        self.location = location
        self.sourceLine = sourceLine
    }

    /// An error at the id.
    func error(_ message: String) -> Diagnostic { .error(at: location, message, sourceLine: sourceLine) }
}
