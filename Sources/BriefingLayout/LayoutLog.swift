import BriefingCore

/// What layout had to compromise on (a block scaled to fit a page, a keep rule it could not
/// honour), collected during one layout for the caller to report: each warning once, in the
/// order first given.
final class LayoutLog {
    private(set) var warnings: [LayoutWarning] = []
    private var given: Set<LayoutWarning> = []

    /// Records `message` about the block written at `location`, if known.
    func warn(_ message: String, at location: SourceLocation?) {
        let warning = LayoutWarning(message, at: location)
        if given.insert(warning).inserted { warnings.append(warning) }
    }
}
