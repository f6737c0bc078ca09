/// How body pages are numbered.
public enum PageNumbers: Hashable, Sendable {
    /// A footer under a rule: the footer's left text and the page label ("Page 2 of 9") at the right.
    case label
    /// `— 2 —` alone, `gap` points below the text block (its dashes' top), inset one character
    /// (the number's size) from the side `position` gives.
    case dashes(position: Position, gap: Double)

    /// Where a `dashes` number stands.
    public enum Position: String, Hashable, Sendable, CaseIterable {
        /// Always at the right.
        case right
        /// Centred.
        case center
        /// At the outer side of a spread: odd pages right, even pages left.
        case outside
    }

    /// The text of page `page`'s number in the `dashes` style.
    public static func dashed(_ page: Int) -> String { "— \(page) —" }
}
