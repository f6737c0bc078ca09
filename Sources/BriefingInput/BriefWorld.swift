import BriefingCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one door through which every file of a brief is read (manifest, tables, notes, theme), so
/// that building a brief written by someone else cannot read anything else on the machine.
///
/// The brief's folder is resolved once, when the world is made (absolute, symbolic links
/// resolved): what a brief may read does not depend on the current directory or on how its path
/// was written. A file is opened first (non-blocking, so a FIFO cannot hang the build), then
/// checked on the open descriptor, with no window between check and read: its real path must lie
/// inside the folder, it must be a regular file, and it must be no larger than its kind's limit.
/// Names that are absolute or climb out with `..` are refused without opening anything.
public struct BriefWorld: Hashable, Sendable {
    /// What a file is read as: its limit, and how messages name it.
    public struct Kind: Hashable, Sendable {
        /// How messages about a file that cannot be read name it: `cannot read the manifest: …`.
        public var what: String
        /// The largest file read, in bytes.
        public var limit: Int

        public static let manifest = Kind(what: "the manifest", limit: manifestBytes)
        public static let reportManifest = Kind(what: "the report manifest", limit: manifestBytes)
        public static let table = Kind(what: "file", limit: TableLimits.fileBytes)
        public static let notes = Kind(what: "the notes file", limit: notesBytes)
        public static let theme = Kind(what: "the theme", limit: themeBytes)
        /// A file briefing wrote (a batch's report, checked before it is skipped).
        public static let output = Kind(what: "the output", limit: 1 << 30)
    }

    /// The largest manifest (`brief.yaml`, `report.yaml`) read, in bytes.
    public static let manifestBytes = 1 << 20
    /// The largest notes file read, in bytes.
    public static let notesBytes = 8 << 20
    /// The largest theme file read, in bytes.
    public static let themeBytes = 1 << 20

    /// Where a file was named (a manifest's YAML node), so that a refusal points there.
    struct Reference: Hashable, Sendable {
        var location: SourceLocation
        var sourceLine: String?
    }

    /// The folder's real path: absolute, without `.`, `..` or symbolic links.
    public let root: String
    /// The folder as the user named it: file paths in messages start with it.
    public let shownFolder: String
    private var references: [String: Reference] = [:]

    /// The world of the files in `folder`, resolved now; messages show a file's path as
    /// `shownFolder/NAME` (`folder` unless given).
    public init(folder: String, shownAs shownFolder: String? = nil) {
        let named = folder.isEmpty ? "." : folder
        let absolute =
            named.hasPrefix("/") ? named : FileManager.default.currentDirectoryPath + "/" + named
        root = Self.realPath(absolute) ?? URL(fileURLWithPath: absolute).standardizedFileURL.path
        self.shownFolder = shownFolder ?? folder
    }

    /// The world of the brief at `path` (its folder, or a manifest file in it) and the manifest's
    /// name: `defaultManifest` when `path` is a folder.
    public static func brief(at path: String, defaultManifest: String) -> (world: BriefWorld, manifest: String) {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return (BriefWorld(folder: path), defaultManifest)
        }
        let file = path as NSString
        return (BriefWorld(folder: file.deletingLastPathComponent), file.lastPathComponent)
    }

    /// The path messages show for the file named `name`.
    public func path(of name: String) -> String {
        guard !shownFolder.isEmpty else { return name }
        return shownFolder.hasSuffix("/") ? shownFolder + name : shownFolder + "/" + name
    }

    /// Records that `name` was written at `location`, so that a refusal to read it (outside the
    /// folder, not a regular file) points there.
    public mutating func refer(to name: String, at location: SourceLocation, sourceLine: String?) {
        references[name] = Reference(location: location, sourceLine: sourceLine)
    }

    /// The bytes of the file named `name` (relative to the folder), read as `kind`; or the error
    /// saying why not, at the place that named the file when that is known.
    public func read(_ name: String, as kind: Kind) -> Result<[UInt8], DiagnosticError> {
        openChecked(name, as: kind).flatMap { $0.readAll() }
    }

    /// The text of the file named `name`, read as `kind`, which must be UTF-8.
    public func text(_ name: String, as kind: Kind) -> Result<String, DiagnosticError> {
        read(name, as: kind).flatMap { bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(
                    DiagnosticError([
                        .error(at: .file(path(of: name)), "cannot read \(kind.what): it is not UTF-8 text")
                    ]))
            }
            return .success(text)
        }
    }

    /// Opens the file named `name` and checks it on its descriptor (inside the folder, a regular
    /// file, within `kind`'s limit). On Linux the checks run on an `O_PATH` descriptor, which
    /// opens nothing (a device's driver is never called), and only a file that passes them is
    /// opened for reading, through that descriptor.
    func openChecked(_ name: String, as kind: Kind) -> Result<OpenBriefFile, DiagnosticError> {
        let shown = path(of: name)
        let fileError = { (reason: String) in
            DiagnosticError([.error(at: .file(shown), "cannot read \(kind.what): \(reason)")])
        }
        if let problem = Self.lexicalProblem(name) { return .failure(refusal(name, problem)) }
        let full = root == "/" ? "/" + name : root + "/" + name
        #if os(Linux)
            let descriptor = open(full, Self.pathOnly | O_CLOEXEC)
        #else
            let descriptor = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        #endif
        guard descriptor >= 0 else { return .failure(fileError(Self.reason(errno))) }
        let file = OpenBriefFile(descriptor: descriptor, shownPath: shown, kind: kind)
        guard let real = file.realPath else {
            return .failure(fileError("cannot tell where it lies (no /proc/self/fd)"))
        }
        guard Self.isInside(real, root) else {
            var status = stat()
            let isLink = lstat(full, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
            return .failure(
                refusal(
                    name,
                    isLink
                        ? "'\(name)' is a symbolic link to a file outside the brief's folder; "
                            + "a brief may only use files inside its folder"
                        : "'\(name)' is reached through a symbolic link to a folder outside the brief's folder; "
                            + "a brief may only use files inside its folder"))
        }
        if let kindName = file.nonRegularKind {
            return .failure(refusal(name, "'\(name)' is not a regular file (it is \(kindName))"))
        }
        if file.size > kind.limit { return .failure(fileError(Self.tooBig(file.size, limit: kind.limit))) }
        #if os(Linux)
            return file.openedForReading()
        #else
            return .success(file)
        #endif
    }

    #if os(Linux)
        /// `O_PATH` (x86-64 and arm64 Linux), which the Glibc module does not export: a descriptor
        /// that names a file without opening it.
        static let pathOnly: Int32 = 0o10_000_000
    #endif

    /// Whether the folder has an entry called `name` (of any kind; nothing is opened).
    public func contains(_ name: String) -> Bool {
        var status = stat()
        return Self.lexicalProblem(name) == nil && lstat(root == "/" ? "/" + name : root + "/" + name, &status) == 0
    }

    /// The error `message` about `name`, at the node that named it if known, else at the file.
    public func refusal(_ name: String, _ message: String) -> DiagnosticError {
        guard let reference = references[name] else {
            return DiagnosticError([.error(at: .file(path(of: name)), message)])
        }
        return DiagnosticError([.error(at: reference.location, message, sourceLine: reference.sourceLine)])
    }

    /// Why a name may not be read whatever is on disk: absolute, a NUL, or climbing out with `..`.
    static func lexicalProblem(_ name: String) -> String? {
        if name.isEmpty { return "expected a file name, found empty text" }
        if name.utf8.contains(0) { return "'\(name.replacingOccurrences(of: "\0", with: "\\0"))' is not a file name" }
        var depth = 0
        for component in name.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { break }
        }
        guard name.hasPrefix("/") || depth < 0 else { return nil }
        return "'\(name)' lies outside the brief's folder; a brief may only use files inside its folder"
    }

    /// `it is 9.5 MB, more than the limit of 8 MB`.
    static func tooBig(_ size: Int, limit: Int) -> String {
        func megabytes(_ bytes: Int) -> String {
            bytes >= 10 << 20 || bytes % (1 << 20) == 0
                ? "\(bytes >> 20) MB" : String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
        }
        return "it is \(megabytes(size)), more than the limit of \(megabytes(limit))"
    }

    /// A system error as the end of a message.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// Whether `path` is `root` or lies under it (both absolute and resolved).
    static func isInside(_ path: String, _ root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// `path` resolved by the system, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
