/// A failure in cairo, Pango or fontconfig, naming the operation that failed.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var reason: String

    public init(_ operation: String, _ reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "\(operation) failed: \(reason)" }
}
