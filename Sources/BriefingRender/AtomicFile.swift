import Foundation

/// Writes files so that readers see either the old file or the complete new one, never a part.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path` (`.NAME.UUID.tmp`), flushes it to disk, and
    /// renames it into place. Creates missing parent folders.
    ///
    /// Plain POSIX calls, so that a failure is reported for the path asked for, with the system's
    /// reason (`cannot write out/a.pdf: Permission denied`).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, access(folder, F_OK) != 0 {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path) }
        // The descriptor is closed exactly once, whatever failed; errno is read before close.
        var error = writeAll(bytes, to: descriptor) && fsync(descriptor) == 0 ? nil : failure(path)
        if close(descriptor) != 0, error == nil { error = failure(path) }
        if error == nil, rename(temporary, path) != 0 { error = failure(path) }
        if let error {
            unlink(temporary)
            throw error
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
}

/// A file that could not be written, with the system's reason.
public struct FileWriteError: Error, CustomStringConvertible, LocalizedError {
    public var path: String
    public var reason: String

    public var description: String { "cannot write \(path): \(reason)" }
    public var errorDescription: String? { description }
}
