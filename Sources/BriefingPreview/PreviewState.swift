import Briefing
import BriefingCore
import BriefingData
import BriefingRender
import Foundation

/// What the preview page shows, kept as builds come in: the last build's diagnostics over the last
/// good build's images, which stay visible while the brief is broken. Tells every open page of
/// each change.
actor PreviewState {
    /// The state as the page reads it (`GET /state`, and every message on `/events`).
    struct Message: Encodable {
        struct Image: Encodable {
            var src: String
            var width: Double
            var height: Double
            var caption: String?
        }

        struct Failure: Encodable {
            var caption: String
            var diagnostics: [DiagnosticRecord]
        }

        struct Heading: Encodable {
            var title: String
            var level: Int
            var page: Int
        }

        struct Sheet: Encodable {
            var period: String
            var language: String
            var periods: [String]
            var languages: [String]
        }

        /// The number of the last build, and of the last good one (whose images are shown).
        var generation = 0
        var shown = 0
        /// Whether the last build succeeded; false while none has finished.
        var ok = false
        var building = true
        var milliseconds = 0
        var title = ""
        /// The brief's language, for the browser to pick fonts for its text.
        var language = "en"
        var images: [Image] = []
        var failures: [Failure] = []
        var outline: [Heading] = []
        /// The last build's errors when it failed, else its warnings.
        var diagnostics: [DiagnosticRecord] = []
        var sheet: Sheet?
        var pdf: String?
    }

    private var message = Message()
    private var good: Preview?
    /// The PNG files that may be asked for, by name: the images of the last two good builds.
    private var served: [String: [UInt8]] = [:]
    private var shownImages: [String: [UInt8]] = [:]
    private var pdf: (generation: Int, bytes: [UInt8])?
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    /// Takes a build's outcome (outcomes may arrive out of order: older ones are dropped).
    func take(_ outcome: PreviewWorker.Outcome) {
        guard outcome.generation > message.generation else { return }
        message.generation = outcome.generation
        message.building = false
        message.milliseconds = outcome.milliseconds
        switch outcome.result {
        case .success(let preview):
            good = preview
            message.ok = true
            message.shown = outcome.generation
            message.title = preview.title
            message.language = preview.language.rawValue
            var images: [String: [UInt8]] = [:]
            message.images = preview.images.map { image in
                let name = Self.name(image.png)
                images[name] = image.png
                return Message.Image(
                    src: "/image/\(name).png", width: image.size.width, height: image.size.height,
                    caption: image.caption)
            }
            // A page still showing the last build's images may ask for them: keep those too.
            served = images.merging(shownImages) { new, _ in new }
            shownImages = images
            message.failures = preview.failures.map {
                Message.Failure(caption: $0.caption, diagnostics: DiagnosticRecord.listing($0.diagnostics))
            }
            message.outline = preview.outline.map {
                Message.Heading(title: $0.title, level: $0.level, page: $0.page + 1)
            }
            message.diagnostics = DiagnosticRecord.listing(preview.warnings)
            message.sheet = preview.sheet.map {
                Message.Sheet(
                    period: $0.period.description, language: $0.language.rawValue,
                    periods: $0.periods.map(\.description), languages: $0.languages.map(\.rawValue))
            }
            message.pdf = preview.document == nil ? nil : "/brief.pdf?build=\(outcome.generation)"
        case .failure(let error):
            message.ok = false
            message.diagnostics = DiagnosticRecord.listing(error.diagnostics)
        }
        let text = json
        for listener in listeners.values { listener.yield(text) }
    }

    /// Marks a build as started (after a selection), so that the page can say so.
    func building() {
        message.building = true
        let text = json
        for listener in listeners.values { listener.yield(text) }
    }

    /// The state as JSON.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(message)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The PNG file `name` (without `.png`), if one of the last two good builds has it.
    func image(named name: String) -> [UInt8]? { served[name] }

    /// An image's name: a hash of its bytes (64-bit FNV-1a), so that a page that did not change
    /// keeps its address and the browser its copy.
    private static func name(_ png: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in png { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The shown brief as a PDF, rendered once per build when first asked for.
    func pdfBytes() throws -> [UInt8]? {
        if let pdf, pdf.generation == message.shown { return pdf.bytes }
        guard let document = good?.document else { return nil }
        let bytes = try PDFWriter.render(document)
        pdf = (message.shown, bytes)
        return bytes
    }

    /// A stream of the state as JSON: now, then after every change, until the page goes away.
    func listen() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        continuation.yield(json)
        continuation.onTermination = { [weak self] _ in Task { await self?.forget(id) } }
        listeners[id] = continuation
        return stream
    }

    private func forget(_ id: UUID) { listeners[id] = nil }
}
