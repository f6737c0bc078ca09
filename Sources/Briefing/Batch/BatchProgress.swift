import Foundation

/// Reports a batch's progress on standard error: on a terminal one live line (done/total, rate,
/// time left) redrawn in place; otherwise a plain line at every tenth of the way; nothing but
/// failures when quiet.
public final class BatchProgress {
    public enum Style: Sendable {
        case live
        case lines
        case quiet
    }

    let style: Style
    private let write: (String) -> Void
    private var lastDraw = 0.0
    private var lastTenth = 0

    /// - Parameter write: where text goes (standard error by default).
    public init(style: Style, write: @escaping (String) -> Void = BatchProgress.standardError) {
        self.style = style
        self.write = write
    }

    /// `.live` when standard error is a terminal, else `.lines`; `.quiet` when asked.
    public static func automatic(quiet: Bool) -> BatchProgress {
        BatchProgress(style: quiet ? .quiet : isatty(STDERR_FILENO) != 0 ? .live : .lines)
    }

    public static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// After each report: `done` of `total` built or failed in `elapsed` seconds.
    func update(done: Int, total: Int, elapsed: Double) {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = "\(done)/\(total) reports, \(String(format: "%.1f", rate))/s, \(Self.duration(left)) left"
        switch style {
        case .quiet: return
        case .live:
            guard done == total || elapsed - lastDraw >= 0.1 else { return }
            lastDraw = elapsed
            write("\r\u{1B}[K" + line + (done == total ? "\n" : ""))
        case .lines:
            let tenth = total > 0 ? done * 10 / total : 10
            guard tenth > lastTenth else { return }
            lastTenth = tenth
            write(line + "\n")
        }
    }

    /// A message that must be seen (a failure), on its own line even while the live line is drawn.
    func message(_ text: String) {
        write((style == .live ? "\r\u{1B}[K" : "") + text + "\n")
    }

    /// The closing summary; always written unless quiet.
    public func summary(_ text: String) {
        guard style != .quiet else { return }
        write(text + "\n")
    }

    /// `42 s`, `3 min 05 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(String(format: "%02d", whole % 60)) s"
    }
}
