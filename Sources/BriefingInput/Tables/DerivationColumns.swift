import BriefingCore
import BriefingData

extension Indicator.Kind {
    /// The kinds as messages list them: "'flow', 'stock', … or 'per-capita'".
    static var expected: String {
        let names = allCases.map { "'\($0.rawValue)'" }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}

/// The indicator catalogue's columns `numerator`, `denominator` and `scale`, which say how a
/// derived indicator (kind `ratio` or `per-capita`) is computed from two others.
struct DerivationColumns {
    /// Where a derived indicator's references are written, to report an unknown or circular one.
    struct Cells {
        var numerator: CSVCell
        var denominator: CSVCell
    }

    let numerator: Int?
    let denominator: Int?
    let scale: Int?

    init(_ table: CSVTable) {
        numerator = table.columnIndex("numerator")
        denominator = table.columnIndex("denominator")
        scale = table.columnIndex("scale")
    }

    /// The row's derivation (`value` nil for a kind read from the table), or nil after reporting a
    /// problem: a derived kind without both references, references on a kind read from the table,
    /// a scale that is not a positive number.
    func derivation(
        _ row: CSVRow, kind: Indicator.Kind, in table: CSVTable, into bag: inout DiagnosticBag
    ) -> (value: Indicator.Derivation?, cells: Cells?)? {
        let top = numerator.map { row.cells[$0] }
        let bottom = denominator.map { row.cells[$0] }
        let factor = scale.map { row.cells[$0] }
        guard kind.isDerived else {
            for (cell, name) in [(top, "numerator"), (bottom, "denominator"), (factor, "scale")] {
                if let cell, !cell.trimmed.isEmpty {
                    bag.append(
                        table.error(
                            at: cell,
                            "'\(name)' is only for kinds 'ratio' and 'per-capita', and this indicator is '\(kind.rawValue)': "
                                + "expected an empty cell, found '\(cell.trimmed)'"))
                    return nil
                }
            }
            return (nil, nil)
        }
        var valid = true
        for (cell, name) in [(top, "numerator"), (bottom, "denominator")] where cell?.trimmed.isEmpty ?? true {
            let message = "a '\(kind.rawValue)' indicator is computed from two others: expected an indicator id in column '\(name)'"
            bag.append(
                cell.map { table.error(at: $0, message + ", found an empty cell") }
                    ?? table.error(at: row, message + ", but the catalogue has no column '\(name)'"))
            valid = false
        }
        var multiplier = 1.0
        if let factor, !factor.trimmed.isEmpty {
            if let number = TableValues.number(factor.trimmed, decimalSeparator: "."), number > 0 {
                multiplier = number
            } else {
                bag.append(
                    table.error(
                        at: factor, "expected a positive number in column 'scale', found \(DatasetLoader.found(factor))"))
                valid = false
            }
        }
        guard valid, let top, let bottom else { return nil }
        return (
            Indicator.Derivation(
                numerator: String(top.trimmed), denominator: String(bottom.trimmed), scale: multiplier),
            Cells(numerator: top, denominator: bottom)
        )
    }

    /// Reports derived indicators naming an indicator the catalogue lacks, or computed (directly or
    /// through others) from themselves.
    static func checkReferences(
        _ indicators: [Indicator], cells: [String: Cells], in table: CSVTable, into bag: inout DiagnosticBag
    ) {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for indicator in indicators {
            guard let derivation = indicator.derivation, let cell = cells[indicator.id] else { continue }
            for (id, at) in [(derivation.numerator, cell.numerator), (derivation.denominator, cell.denominator)]
            where byID[id] == nil {
                let hint = Suggestion.hint(for: id, among: indicators.map(\.id))
                bag.append(table.error(at: at, "unknown indicator '\(id)' (not in this catalogue)\(hint)"))
            }
            if reaches(indicator.id, from: indicator.id, in: byID, depth: 0) {
                bag.append(
                    table.error(
                        at: cell.numerator,
                        "'\(indicator.id)' is computed from itself (through \(derivation.numerator) / \(derivation.denominator)): "
                            + "expected indicators read from the table or derived from them"))
            }
        }
    }

    /// Whether `target` is among the indicators `id` is derived from, directly or not, within the
    /// depth derived indicators may nest.
    private static func reaches(_ target: String, from id: String, in byID: [String: Indicator], depth: Int) -> Bool {
        guard depth < 8, let derivation = byID[id]?.derivation else { return depth >= 8 }
        return [derivation.numerator, derivation.denominator].contains { next in
            next == target || reaches(target, from: next, in: byID, depth: depth + 1)
        }
    }
}
