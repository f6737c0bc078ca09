import BriefingCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file of a brief opened by ``BriefWorld``: everything checked about it and read from it goes
/// through this one descriptor, closed exactly once when the value goes away.
final class OpenBriefFile {
    let descriptor: Int32
    /// The path messages show.
    let shownPath: String
    let kind: BriefWorld.Kind
    private let status: stat?

    init(descriptor: Int32, shownPath: String, kind: BriefWorld.Kind) {
        self.descriptor = descriptor
        self.shownPath = shownPath
        self.kind = kind
        var status = stat()
        self.status = fstat(descriptor, &status) == 0 ? status : nil
    }

    deinit { close(descriptor) }

    /// The real path of the open file, as the system knows it (not the path it was opened by).
    var realPath: String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
            guard count > 0 else { return nil }
            return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
            var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN) + 1)
            guard fcntl(descriptor, F_GETPATH, &buffer) != -1 else { return nil }
            return String(cString: buffer)
        #endif
    }

    /// A path that opens this very file again (the same inode, whatever happens to its name), for
    /// a library that insists on opening a path itself.
    var descriptorPath: String {
        #if os(Linux)
            "/proc/self/fd/\(descriptor)"
        #else
            "/dev/fd/\(descriptor)"
        #endif
    }

    #if os(Linux)
        /// This file opened for reading through ``descriptorPath``, for a descriptor opened with
        /// `O_PATH` (which can be checked but not read): the same inode, whatever happened to its
        /// name since, verified by device and inode number.
        func openedForReading() -> Result<OpenBriefFile, DiagnosticError> {
            let reading = open(descriptorPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
            guard reading >= 0 else { return .failure(failure(BriefWorld.reason(errno))) }
            let file = OpenBriefFile(descriptor: reading, shownPath: shownPath, kind: kind)
            guard let checked = status, let opened = file.status, checked.st_dev == opened.st_dev,
                checked.st_ino == opened.st_ino
            else { return .failure(failure("it was replaced while it was opened")) }
            return .success(file)
        }
    #endif

    /// Nil for a regular file; else what it is (`a FIFO`, `a directory`, …).
    var nonRegularKind: String? {
        guard let status else { return "unknown to the system" }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }

    /// The size in bytes the system reports.
    var size: Int { status.map { Int($0.st_size) } ?? 0 }

    /// Every byte, from the descriptor; an error when reading fails or the file grows past the limit.
    func readAll() -> Result<[UInt8], DiagnosticError> {
        var bytes = [UInt8](repeating: 0, count: min(size, kind.limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= kind.limit else { return .failure(failure(BriefWorld.tooBig(count, limit: kind.limit))) }
                bytes.append(contentsOf: repeatElement(0, count: min(count, kind.limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(descriptor, $0 + count, buffer.count - count) } ?? 0
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return .failure(failure(BriefWorld.reason(errno))) }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private func failure(_ reason: String) -> DiagnosticError {
        DiagnosticError([.error(at: .file(shownPath), "cannot read \(kind.what): \(reason)")])
    }
}
