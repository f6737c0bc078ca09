/// The part of a source line shown under a diagnostic, with the caret's place in it: at most
/// `radius` Unicode scalars either side of the caret, `…` marking each cut, so that a diagnostic
/// never repeats a huge line (a line of 121 scalars or fewer, the caret anywhere, is cut on one side
/// at most; one of 61 or fewer is shown whole).
public struct SourceExcerpt: Hashable, Sendable {
    /// How many scalars are kept either side of the caret when a line is cut.
    public static let radius = 60

    /// The text shown.
    public var text: String
    /// The 1-based column of the caret in `text`, counted in Unicode scalars.
    public var caret: Int

    public init(text: String, caret: Int) {
        self.text = text
        self.caret = caret
    }

    /// The excerpt of `line` around 1-based `column` (counted in Unicode scalars).
    public init(line: String, column: Int) {
        let utf8 = Array(line.utf8)
        // The byte offset of the caret's scalar: walk forward over scalar starts.
        var offset = 0
        var scalar = 1
        while offset < utf8.count, scalar < column {
            offset += 1
            while offset < utf8.count, utf8[offset] & 0xC0 == 0x80 { offset += 1 }
            scalar += 1
        }
        self.init(utf8: utf8, lineRange: 0..<utf8.count, caretOffset: offset)
    }

    /// The excerpt of the line holding byte `caretOffset` (a scalar start, or the line's end) of
    /// valid UTF-8 `bytes`: the line ends at a line break (LF or CR) or at the ends of `lineRange`.
    /// Costs O(radius), not O(line), so that every cell of a long line can be reported.
    public init(utf8 bytes: [UInt8], lineRange: Range<Int>, caretOffset: Int) {
        func isBreak(_ index: Int) -> Bool { bytes[index] == 0x0A || bytes[index] == 0x0D }
        func isStart(_ index: Int) -> Bool { bytes[index] & 0xC0 != 0x80 }
        let caretOffset = min(max(caretOffset, lineRange.lowerBound), lineRange.upperBound)
        var start = caretOffset
        var before = 0
        while start > lineRange.lowerBound, !isBreak(start - 1), before < Self.radius {
            start -= 1
            while start > lineRange.lowerBound, !isStart(start) { start -= 1 }
            before += 1
        }
        var end = caretOffset
        var after = 0
        while end < lineRange.upperBound, !isBreak(end), after <= Self.radius {
            end += 1
            while end < lineRange.upperBound, !isStart(end) { end += 1 }
            after += 1
        }
        let cutBefore = start > lineRange.lowerBound && !isBreak(start - 1)
        let cutAfter = end < lineRange.upperBound && !isBreak(end)
        let middle = Self.visible(String(decoding: bytes[start..<end], as: UTF8.self))
        self.init(text: (cutBefore ? "…" : "") + middle + (cutAfter ? "…" : ""), caret: before + (cutBefore ? 2 : 1))
    }

    /// `text` with each control character but tab shown as one visible scalar, so that a terminal
    /// does not act on it (an ESC in a table cell) and the caret stays under its column: C0 and
    /// DEL as their Control Pictures (`␛` for ESC), C1 as `�`.
    static func visible(_ text: String) -> String {
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: shown.append(scalar)
            case 0..<0x20: shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: shown.append("\u{2421}")
            case 0x80...0x9F: shown.append("\u{FFFD}")
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }
}
