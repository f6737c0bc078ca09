import BriefingCore

/// What layout had to compromise on, with where the block it concerns was written (a chart's node
/// in the manifest, a table's line in the notes), when the block says (``Block/location``).
public struct LayoutWarning: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String { message }
}
