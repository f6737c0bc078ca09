import BriefingCore

/// What a Markdown link's destination becomes: a normalised http, https or mailto address
/// (`WebAddress`), a `#heading` of the notes, or nothing — then the warning says why and the link
/// text stays plain.
enum NoteLinkTarget {
    /// Longer destinations are refused (kept as plain text): every line of a link's text repeats
    /// the destination in the PDF.
    static let maxBytes = 2048

    /// The link to keep for `destination`, or the warning to give instead.
    static func resolve(_ destination: String) -> Result<String, LinkWarning> {
        if destination.utf8.count > maxBytes {
            return .failure(
                LinkWarning(
                    message: "link destination is \(destination.utf8.count) bytes long, more than the \(maxBytes) "
                        + "allowed; the link text is kept as plain text"))
        }
        if destination.hasPrefix("#") {
            return destination.count > 1 ? .success(destination) : .failure(LinkWarning(destination, nil))
        }
        do throws(WebAddress.Problem) {
            return .success(try WebAddress(parsing: destination).text)
        } catch {
            switch error {
            case .notAllowed: return .failure(LinkWarning(destination, nil))
            case .malformed(let reason): return .failure(LinkWarning(destination, reason))
            }
        }
    }

    /// Why a link is kept as plain text, as the warning's message.
    struct LinkWarning: Error {
        let message: String

        init(message: String) {
            self.message = message
        }

        init(_ destination: String, _ reason: String?) {
            let kept = "the link text is kept as plain text"
            if let reason {
                message = "link destination '\(destination)' is not a valid address: \(reason); \(kept)"
            } else {
                message =
                    "link destination '\(destination)' is not an http, https or mailto address or a #heading of the notes; \(kept)"
            }
        }
    }
}
