import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one writer of output files: it puts a file inside the folder asked for and nowhere else,
/// never onto a device, FIFO or folder, and so that readers see either the old file or the
/// complete new one, never a part.
public enum AtomicFile {
    /// Writes `bytes` to `path`, inside its folder; see ``write(_:to:in:)``.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = path as NSString
        let folder = file.deletingLastPathComponent
        try write(bytes, to: file.lastPathComponent, in: folder.isEmpty ? "." : folder, shownAs: path)
    }

    /// Writes `bytes` to `name` (a relative path, possibly with subfolders) inside `folder`: to a
    /// temporary file beside it (`.NAME.UUID.tmp`), flushed to disk and renamed into place.
    /// Creates `folder` and the subfolders of `name` when missing.
    ///
    /// `name` may not be absolute or hold `..` or NUL, and every subfolder is entered without
    /// following symbolic links, from a descriptor of `folder`: the file lands inside `folder`
    /// whatever the names hold or the disk holds. An existing file of that name that is not a
    /// regular file (a device such as `/dev/null`, a FIFO, a folder) is refused, not written
    /// through, and so is a symbolic link (`-o /dev/stdout`): a rename would replace the link,
    /// not write where it points. Failures name the file asked for, with the system's reason
    /// (`cannot write out/a.pdf: Permission denied`).
    public static func write(_ bytes: [UInt8], to name: String, in folder: String) throws {
        try write(bytes, to: name, in: folder, shownAs: (folder as NSString).appendingPathComponent(name))
    }

    private static func write(_ bytes: [UInt8], to name: String, in folder: String, shownAs shown: String) throws {
        let components = name.split(separator: "/").map(String.init)
        guard !name.hasPrefix("/"), !name.utf8.contains(0), let last = components.last,
            !components.contains(".."), last != "."
        else {
            throw FileWriteError(path: shown, reason: "it lies outside the folder \(folder)", refused: true)
        }
        try prepareFolder(folder, for: shown)
        var directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw failure(shown) }
        defer { close(directory) }
        for component in components.dropLast() where component != "." {
            if mkdirat(directory, component, 0o777) != 0, errno != EEXIST { throw failure(shown) }
            let next = openat(directory, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { throw failure(shown, entering: component, of: directory) }
            close(directory)
            directory = next
        }
        var status = stat()
        if fstatat(directory, last, &status, AT_SYMLINK_NOFOLLOW) == 0 {
            if status.st_mode & S_IFMT == S_IFLNK {
                throw FileWriteError(path: shown, reason: "it is a symbolic link; name the file itself", refused: true)
            }
            if let kind = nonRegularKind(status.st_mode) {
                throw FileWriteError(path: shown, reason: "it is \(kind), not a regular file", refused: true)
            }
        }
        let temporary = ".\(last).\(UUID().uuidString).tmp"
        let descriptor = openat(directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(shown) }
        // The descriptor is closed exactly once, whatever failed; errno is read before close.
        var error = writeAll(bytes, to: descriptor) && fsync(descriptor) == 0 ? nil : failure(shown)
        if close(descriptor) != 0, error == nil { error = failure(shown) }
        if error == nil, renameat(directory, temporary, directory, last) != 0 { error = failure(shown) }
        if let error {
            unlinkat(directory, temporary, 0)
            throw error
        }
    }

    /// Creates `folder` (with its parents) when missing; refuses one that exists and is not a
    /// folder. Errors name `path`, the file or folder asked for.
    public static func prepareFolder(_ folder: String, for path: String? = nil) throws {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                let kind = nonRegularKind(status.st_mode) ?? "a file"
                throw FileWriteError(path: path ?? folder, reason: "\(folder) is \(kind), not a folder", refused: true)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: path ?? folder, reason: "cannot create the folder \(folder)")
        }
    }

    /// What a file of mode `mode` is when it is not a regular file; nil for a regular file.
    private static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }

    /// Writes every byte, resuming after short writes and interruptions; false on an error.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// The error for the failed call that set `errno`, naming the file.
    private static func failure(_ path: String) -> FileWriteError {
        FileWriteError(path: path, reason: String(cString: strerror(errno)))
    }

    /// The error for a subfolder `component` of `directory` that could not be entered: a refusal
    /// when it is a symbolic link or not a folder.
    private static func failure(_ path: String, entering component: String, of directory: Int32) -> FileWriteError {
        let error = failure(path)
        var status = stat()
        guard fstatat(directory, component, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return error }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return FileWriteError(path: path, reason: "a folder on its way is a symbolic link", refused: true)
        case S_IFDIR: return error
        default: return FileWriteError(path: path, reason: "a folder on its way is not a folder", refused: true)
        }
    }
}

/// A file that could not be written, with the reason.
public struct FileWriteError: Error, CustomStringConvertible, LocalizedError {
    public var path: String
    public var reason: String
    /// True when the path asked for may not be written at all (outside its folder, onto a device,
    /// FIFO or folder): a usage error, not a failure of the system.
    public var refused: Bool

    public init(path: String, reason: String, refused: Bool = false) {
        self.path = path
        self.reason = reason
        self.refused = refused
    }

    public var description: String { "cannot write \(path): \(reason)" }
    public var errorDescription: String? { description }
}
