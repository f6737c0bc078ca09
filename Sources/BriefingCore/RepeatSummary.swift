/// Repeated problems of a table summarised, so that 560 identical errors in one column of a file
/// are 3 and a line saying where the rest are.
public enum RepeatSummary {
    /// How many diagnostics of one kind in one column of a table are shown before the rest are
    /// summarised in one.
    public static let shownPerColumn = 3

    private struct Group: Hashable {
        var severity: Diagnostic.Severity
        var kind: String
        var column: String?
    }

    /// The diagnostics of one file with repeats summarised: of the diagnostics sharing severity,
    /// kind (`Diagnostic.kind`) and column (`column(diagnostic)`, nil for none), the first
    /// ``shownPerColumn`` are kept and the rest, when there are two or more, become one diagnostic
    /// at the first of them: "… and 557 more rows like this in column 'month', lines 5–1681". It
    /// counts the problems it stands for (`repeats`). The order is kept.
    public static func summarising(_ diagnostics: [Diagnostic], column: (Diagnostic) -> String?) -> [Diagnostic] {
        var groups: [Group: [Int]] = [:]
        var groupOf: [Group] = []
        groupOf.reserveCapacity(diagnostics.count)
        for (index, diagnostic) in diagnostics.enumerated() {
            let group = Group(severity: diagnostic.severity, kind: diagnostic.kind, column: column(diagnostic))
            groups[group, default: []].append(index)
            groupOf.append(group)
        }
        let shown = shownPerColumn
        guard groups.values.contains(where: { $0.count > shown + 1 }) else { return diagnostics }
        var result: [Diagnostic] = []
        var seen: [Group: Int] = [:]
        for (index, diagnostic) in diagnostics.enumerated() {
            let group = groupOf[index]
            guard let members = groups[group], members.count > shown + 1 else {
                result.append(diagnostic)
                continue
            }
            let position = seen[group, default: 0]
            seen[group] = position + 1
            if position < shown {
                result.append(diagnostic)
            } else if position == shown {
                let rest = members[shown...].map { diagnostics[$0] }
                let lines = rest.map(\.location.line)
                let place = group.column.map { " in column '\($0)'" } ?? ""
                var summary = Diagnostic(
                    diagnostic.severity, at: diagnostic.location,
                    "… and \(rest.count.groupedDigits) more rows like this\(place), "
                        + "lines \(lines.min() ?? 0)–\(lines.max() ?? 0)",
                    excerpt: nil)
                summary.repeats = rest.reduce(0) { $0 + $1.problemCount } - 1
                result.append(summary)
            }
        }
        return result
    }
}
