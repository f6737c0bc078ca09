import BriefingCore

/// A diagnostic as JSON reports it (`briefing check --format json`, the preview page):
/// `{path, line, column, severity, message, sourceLine, caret}`, or the last entry of a listing cut
/// short, `{severity: "note", message: "… and N more: …", omitted: [{severity, kind, count}]}`.
public struct DiagnosticRecord: Encodable, Sendable {
    public struct Omitted: Encodable, Sendable {
        var severity: String
        var kind: String
        var count: Int
    }

    var path: String?
    var line: Int?
    var column: Int?
    var severity: String
    var message: String
    /// The offending line, cut around the column when long; `caret` is the column's place in it.
    var sourceLine: String?
    var caret: Int?
    var omitted: [Omitted]?

    /// At most `DiagnosticListing.limit` records of `diagnostics`, then one counting the rest.
    public static func listing(_ diagnostics: [Diagnostic]) -> [DiagnosticRecord] {
        let listing = DiagnosticListing(diagnostics)
        var records = listing.shown.map {
            DiagnosticRecord(
                path: $0.location.path, line: $0.location.line, column: $0.location.column,
                severity: $0.severity.rawValue, message: $0.message, sourceLine: $0.sourceLine, caret: $0.excerpt?.caret
            )
        }
        if let line = listing.omissionLine {
            records.append(
                DiagnosticRecord(
                    severity: "note", message: line,
                    omitted: listing.omitted.map {
                        Omitted(severity: $0.severity.rawValue, kind: $0.kind, count: $0.count)
                    }
                ))
        }
        return records
    }
}
