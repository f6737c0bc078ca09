import BriefingCore

extension BriefWorld {
    /// The lines of the text file `name` read as `kind` (without their terminators, numbered as
    /// diagnostics number them), to show the line a problem found after reading points at; nil
    /// when the file cannot be read.
    public func lines(of name: String, as kind: Kind) -> [String]? {
        guard case .success(var text) = text(name, as: kind) else { return nil }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return SourceText(path: path(of: name), text: text).lines.map(String.init)
    }
}
