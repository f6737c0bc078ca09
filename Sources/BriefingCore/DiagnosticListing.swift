/// What is printed of a list of diagnostics: at most `limit` of them, then a count of the rest by
/// kind, so that no input can make the output unbounded. Every command prints through it.
///
/// Errors take the places before warnings (a brief with 10,000 warnings still shows its error), and
/// those shown keep the order given (file order), so that related problems stay together.
public struct DiagnosticListing: Sendable {
    /// How many diagnostics are shown at most.
    public static let limit = 200
    /// How many kinds the count of the rest names at most.
    public static let kindsNamed = 10

    /// A kind of diagnostic left out, and how many of it.
    public struct Omission: Hashable, Sendable {
        public var severity: Diagnostic.Severity
        /// The diagnostics' shared shape (`Diagnostic.kind`).
        public var kind: String
        public var count: Int
    }

    /// The diagnostics shown, in the order given.
    public let shown: [Diagnostic]
    /// The kinds left out, most frequent first (errors before warnings on a tie).
    public let omitted: [Omission]

    public init(_ diagnostics: [Diagnostic], limit: Int = Self.limit) {
        guard diagnostics.count > limit else {
            shown = diagnostics
            omitted = []
            return
        }
        let errors = diagnostics.indices.filter { diagnostics[$0].severity == .error }
        let warnings = diagnostics.indices.filter { diagnostics[$0].severity != .error }
        let chosen = Set(errors.prefix(limit) + warnings.prefix(max(0, limit - errors.count)))
        shown = diagnostics.indices.filter(chosen.contains).map { diagnostics[$0] }
        // Kinds in the order first met, then the most frequent first (errors first on a tie).
        var kinds: [Omission] = []
        var places: [Omission: Int] = [:]
        for index in diagnostics.indices where !chosen.contains(index) {
            let key = Omission(severity: diagnostics[index].severity, kind: diagnostics[index].kind, count: 0)
            if let place = places[key] {
                kinds[place].count += 1
            } else {
                places[key] = kinds.count
                kinds.append(Omission(severity: key.severity, kind: key.kind, count: 1))
            }
        }
        omitted = kinds.enumerated().sorted { a, b in
            (a.element.count, a.element.severity, -a.offset) > (b.element.count, b.element.severity, -b.offset)
        }.map(\.element)
    }

    /// How many diagnostics were left out.
    public var omittedCount: Int { omitted.reduce(0) { $0 + $1.count } }

    /// `… and 9,800 more: 9,700 errors "expected a number in column '…', found '…'", 100 warnings "…"`;
    /// nil when nothing was left out.
    public var omissionLine: String? {
        guard !omitted.isEmpty else { return nil }
        var parts = omitted.prefix(Self.kindsNamed).map { omission in
            let noun = omission.severity.rawValue
            let kind = omission.kind.count > 80 ? omission.kind.prefix(79) + "…" : Substring(omission.kind)
            return "\(omission.count.groupedDigits) \(noun)\(omission.count == 1 ? "" : "s") \"\(kind)\""
        }
        if omitted.count > Self.kindsNamed {
            let rest = omitted.dropFirst(Self.kindsNamed).reduce(0) { $0 + $1.count }
            parts.append("\(rest.groupedDigits) of \(omitted.count - Self.kindsNamed) other kinds")
        }
        return "… and \(omittedCount.groupedDigits) more: " + parts.joined(separator: ", ")
    }

    /// The text printed: each diagnostic shown (with its source line and caret), then the omission line.
    public var lines: [String] { shown.map(\.description) + (omissionLine.map { [$0] } ?? []) }
}

extension Int {
    /// The number with its thousands grouped by commas: `9,997`.
    public var groupedDigits: String {
        let digits = String(magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (self < 0 ? "-" : "") + grouped
    }
}
