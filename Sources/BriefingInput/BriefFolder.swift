import Foundation

/// The rule that a brief only reads files inside its own folder, so that building a brief written
/// by someone else cannot read anything else on the machine.
public enum BriefFolder {
    /// Why `path` (as resolved against the brief's `folder`) may not be read, or nil when it lies
    /// inside the folder once `..` and symbolic links are resolved. `written` is the path as the
    /// manifest wrote it: for the message, and refused when absolute.
    public static func problem(with path: String, written: String, folder: String) -> String? {
        let base = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL
        let root = base.resolvingSymlinksInPath().path
        let lexical = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
        if written.hasPrefix("/") || !isInside(lexical, base.path) { return outside(written) }
        let resolved = URL(fileURLWithPath: lexical).resolvingSymlinksInPath().path
        if !isInside(resolved, root) {
            return "'\(written)' is a symbolic link to a file outside the brief's folder; "
                + "a brief may only use files inside its folder"
        }
        return nil
    }

    /// The message for a path that leads out of the brief's folder.
    static func outside(_ written: String) -> String {
        "'\(written)' lies outside the brief's folder; a brief may only use files inside its folder"
    }

    private static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
