/// Typographic punctuation for English catalogue text (names, units, target notes), by the rules
/// cmark-gfm's smart option applies to notes: a straight quote opens at the start of the text or
/// after a space or an opening bracket, dash or quote, and closes elsewhere (`"Tech" Park` →
/// “Tech” Park, `Smith's` → Smith’s); an apostrophe before a digit is one (`'000` → ’000);
/// `---` is an em dash, `--` an en dash (longer runs of hyphens are kept) and `...` an ellipsis.
enum SmartPunctuation {
    /// Characters after which a quote opens.
    private static let openers: Set<Character> = ["(", "[", "{", "\u{2013}", "\u{2014}", "\u{201C}", "\u{2018}", "/"]

    /// `text` with straight quotes curled and dashes and ellipses set.
    static func apply(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = 0
        func runLength(of character: Character, from start: Int) -> Int {
            var end = start
            while end < characters.count, characters[end] == character { end += 1 }
            return end - start
        }
        while index < characters.count {
            let character = characters[index]
            let previous = result.last
            let opens = previous.map { $0.isWhitespace || openers.contains($0) } ?? true
            switch character {
            case "\"":
                result.append(opens ? "\u{201C}" : "\u{201D}")
            case "'":
                let beforeDigit = index + 1 < characters.count && characters[index + 1].isNumber
                result.append(opens && !beforeDigit ? "\u{2018}" : "\u{2019}")
            case "-":
                // Two or three hyphens make a dash; a longer run is kept as it is.
                let run = runLength(of: "-", from: index)
                let dashes: [Int: String] = [2: "\u{2013}", 3: "\u{2014}"]
                result += dashes[run] ?? String(repeating: "-", count: run)
                index += run
                continue
            case "." where runLength(of: ".", from: index) == 3:
                result.append("\u{2026}")
                index += 3
                continue
            default:
                result.append(character)
            }
            index += 1
        }
        return result
    }
}
