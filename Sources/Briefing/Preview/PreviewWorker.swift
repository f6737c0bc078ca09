import BriefingCore
import BriefingData
import Dispatch
import Foundation
import Synchronization

/// Keeps a preview current: on a thread of its own (which its `PreviewBuilder` needs), it builds
/// the brief or report batch at once, then again whenever a file of its folder is saved or another
/// period or language is asked for, and hands every outcome to `publish`, numbered in order.
public final class PreviewWorker: Sendable {
    /// What a contact sheet should show; nil fields take the defaults.
    public struct Selection: Sendable, Equatable {
        public var period: Period?
        public var language: Language?

        public init(period: Period? = nil, language: Language? = nil) {
            self.period = period
            self.language = language
        }
    }

    /// One build: its number (1, 2, …), the preview or why there is none, and how long it took.
    public struct Outcome: Sendable {
        public var generation: Int
        public var result: Result<Preview, DiagnosticError>
        public var milliseconds: Int
    }

    /// What the worker's thread is asked to do, and the semaphore that wakes it.
    private final class Inbox: Sendable {
        struct Letters {
            var selection = Selection()
            var asked = true
            var stopped = false
        }

        let letters = Mutex(Letters())
        let wake = DispatchSemaphore(value: 0)

        func post(_ change: (inout Letters) -> Void) {
            letters.withLock { change(&$0) }
            wake.signal()
        }
    }

    private let inbox = Inbox()

    /// Starts building the brief or report manifest at `path`; `publish` is called on the worker's
    /// thread after every build.
    /// - Throws: when fonts cannot be configured.
    public init(path: String, publish: @escaping @Sendable (Outcome) -> Void) throws {
        let manifest = ManifestKind.of(path).manifestPath(for: path)
        // Fail here, on the caller's thread, if fonts cannot be configured at all.
        _ = try PreviewBuilder(path: path)
        let thread = Thread { [inbox] in Self.run(path: path, manifest: manifest, inbox: inbox, publish: publish) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit { stop() }

    /// Asks for a contact sheet of another period or language.
    public func select(_ selection: Selection) {
        inbox.post {
            $0.selection = selection
            $0.asked = true
        }
    }

    /// Stops the worker after the build under way, if any.
    public func stop() {
        inbox.post { $0.stopped = true }
    }

    private static func run(
        path: String, manifest: String, inbox: Inbox, publish: @Sendable (Outcome) -> Void
    ) {
        guard let builder = try? PreviewBuilder(path: path) else { return }
        var watcher = BriefWatcher(manifest: manifest)
        var generation = 0
        let clock = ContinuousClock()
        while true {
            let (selection, asked, stopped) = inbox.letters.withLock { box in
                defer { box.asked = false }
                return (box.selection, box.asked, box.stopped)
            }
            if stopped { return }
            if asked || watcher.changed() {
                generation += 1
                let start = clock.now
                let result = Result { () throws(DiagnosticError) in
                    try builder.build(period: selection.period, language: selection.language)
                }
                publish(
                    Outcome(generation: generation, result: result, milliseconds: (clock.now - start).wholeMilliseconds)
                )
            }
            _ = inbox.wake.wait(timeout: .now() + BriefWatcher.interval)
        }
    }
}
