/// What layout had to compromise on (a block scaled to fit a page, a keep rule it could not
/// honour), collected during one layout for the caller to report: each message once, in the
/// order first given.
final class LayoutLog {
    private(set) var warnings: [String] = []
    private var given: Set<String> = []

    func warn(_ message: String) {
        if given.insert(message).inserted { warnings.append(message) }
    }
}
