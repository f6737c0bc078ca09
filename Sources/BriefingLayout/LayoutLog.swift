/// What layout had to compromise on (a block scaled to fit a page, a keep rule it could not
/// honour), collected during one layout for the caller to report.
final class LayoutLog {
    private(set) var warnings: [String] = []

    func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }
}
