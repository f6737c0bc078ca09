import BriefingCore

/// What `briefing init` writes where a person has to write something — a name, a unit, the
/// title: text starting with `TODO:` (`TODO: hitech`, `TODO: unit`). A placeholder is valid text,
/// so that a brief just started builds; `briefing check` and `briefing build` warn at each one,
/// so that what is left to fill is listed with its position.
public enum Placeholder {
    /// The text a placeholder starts with.
    public static let marker = "TODO:"

    /// `TODO: ` followed by `hint`.
    public static func text(_ hint: String) -> String { marker + " " + hint }

    /// Whether `text` (trimmed) is a placeholder.
    public static func holds(_ text: some StringProtocol) -> Bool {
        text.drop { $0 == " " || $0 == "\t" }.hasPrefix(marker)
    }

    /// The warning for a placeholder `found` where `expected` should be:
    /// `expected the name of entity 'hitech' in column 'name', found the placeholder 'TODO: hitech'`.
    static func message(expected: String, found: some StringProtocol) -> String {
        "expected \(expected), found the placeholder '\(found)'"
    }
}

extension CSVTable {
    /// A warning at `cell` when it holds a ``Placeholder``: `expected` says what it should hold.
    func placeholderWarning(at cell: CSVCell, expected: String) -> Diagnostic? {
        guard Placeholder.holds(cell.trimmed) else { return nil }
        return diagnostic(.warning, at: cell, Placeholder.message(expected: expected, found: cell.trimmed))
    }
}
