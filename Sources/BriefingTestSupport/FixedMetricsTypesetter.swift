import BriefingCore

/// A typesetter with made-up, exactly predictable metrics, for testing layout without fonts:
/// every character is 0.5 em wide, CJK characters 1 em; lines break at spaces and between CJK
/// characters (not next to a word joiner, U+2060, which takes no room), but never inside a
/// `KeepTogether` range, and inside a word wider than the line between grapheme clusters (unless
/// `breaksWords` is off); spaces may run past the line's end, and a line's width leaves out the
/// spaces it ends with; the line box is `size × lineHeight` with the baseline at 80% of the size.
/// Each line is one glyph run in a made-up font (`font`), a glyph per Unicode scalar, its id the
/// scalar's value.
public final class FixedMetricsTypesetter: Typesetter {
    public init() {}

    /// The made-up font of every run, which no renderer can load.
    public static let font = FontReference(file: "fixed-metrics")

    public let fonts = FontBook([FixedMetricsTypesetter.font])

    public func typeset(_ spec: ParagraphSpec) -> TypesetParagraph {
        let size = spec.style.size
        let lineHeight = size * spec.style.lineHeight
        let text = spec.text.plainText
        let utf8 = Array(text.utf8)
        var lines: [TypesetLine] = []
        var lineStart = 0
        var lineWidth = 0.0
        // The width of the spaces the line ends with so far, left out of its width when it ends.
        var trailingSpaces = 0.0
        // A break opportunity before `byte`: the line's width if broken there (without the spaces
        // before it) and the width of the text up to `byte`.
        var lastBreak: (byte: Int, width: Double, widthAtByte: Double)?
        var byte = 0
        let glued = KeepTogether.ranges(in: spec.text)
        func mayBreak(before byte: Int) -> Bool {
            !glued.contains { $0.lowerBound < byte && byte < $0.upperBound }
        }
        // Whether a word joiner came just before: no break before the next character.
        var joined = false

        func emit(upTo end: Int, width: Double) {
            let available = spec.width ?? width
            let x: Double
            switch spec.alignment {
            case .left, .justify: x = 0
            case .center: x = (available - width) / 2
            case .right: x = available - width
            }
            let top = Double(lines.count) * lineHeight
            lines.append(
                TypesetLine(
                    byteRange: lineStart..<end, x: x, width: width, top: top, height: lineHeight,
                    baseline: top + 0.8 * size,
                    runs: [Self.run(String(decoding: utf8[lineStart..<end], as: UTF8.self), size: size)]))
        }

        for character in text {
            let bytes = character.utf8.count
            if character == "\n" {
                emit(upTo: byte, width: lineWidth - trailingSpaces)
                byte += bytes
                lineStart = byte
                lineWidth = 0
                trailingSpaces = 0
                lastBreak = nil
                continue
            }
            if character == Self.wordJoiner {
                // No room, and no break on either side.
                byte += bytes
                joined = true
                continue
            }
            let advance = character.unicodeScalars.reduce(0) { $0 + Self.advance(of: $1, size: size) }
            let wide = character.unicodeScalars.first?.isWide ?? false
            // After a space, the break before an ideograph is the space's own, already recorded
            // without the space in the line's width.
            if wide && !joined && byte > lineStart && lastBreak?.byte != byte && mayBreak(before: byte) {
                lastBreak = (byte, lineWidth, lineWidth)
            }
            joined = false
            if let limit = spec.width, character != " ", lineWidth + advance > limit + 1e-9 {
                if let brk = lastBreak, brk.byte > lineStart {
                    emit(upTo: brk.byte, width: brk.width)
                    lineWidth -= brk.widthAtByte
                    lineStart = brk.byte
                    lastBreak = nil
                } else if spec.breaksWords && byte > lineStart {
                    // A word wider than the line is broken between grapheme clusters.
                    emit(upTo: byte, width: lineWidth)
                    lineWidth = 0
                    lineStart = byte
                }
            }
            lineWidth += advance
            byte += bytes
            trailingSpaces = character == " " ? trailingSpaces + advance : 0
            if character == " " && mayBreak(before: byte) { lastBreak = (byte, lineWidth - trailingSpaces, lineWidth) }
        }
        emit(upTo: byte, width: lineWidth - trailingSpaces)
        return TypesetParagraph(spec: spec, lines: lines)
    }

    public func xRanges(of range: Range<Int>, line: Int, in paragraph: TypesetParagraph) -> [ClosedRange<Double>] {
        let size = paragraph.spec.style.size
        let bytes = Array(paragraph.spec.text.plainText.utf8)
        let lineRange = paragraph.lines[line].byteRange
        var x = paragraph.lines[line].x
        var low: Double?
        var high = 0.0
        var byte = lineRange.lowerBound
        for scalar in String(decoding: bytes[lineRange], as: UTF8.self).unicodeScalars {
            let advance = Self.advance(of: scalar, size: size)
            if range.contains(byte) {
                low = low ?? x
                high = x + advance
            }
            x += advance
            byte += String(scalar).utf8.count
        }
        return low.map { [$0...high] } ?? []
    }

    /// A line's text as one run: a glyph per scalar, each scalar its own cluster.
    private static func run(_ text: String, size: Double) -> GlyphRun {
        var glyphs: [GlyphRun.Glyph] = []
        var clusters: [GlyphRun.Cluster] = []
        var x = 0.0
        for scalar in text.unicodeScalars {
            glyphs.append(GlyphRun.Glyph(id: scalar.value, x: x))
            clusters.append(GlyphRun.Cluster(bytes: String(scalar).utf8.count, glyphs: 1))
            x += advance(of: scalar, size: size)
        }
        return GlyphRun(font: 0, size: size, x: 0, glyphs: glyphs, text: text, clusters: clusters)
    }

    /// The width of `scalar` at `size`: none for a word joiner, 1 em if wide, else 0.5 em.
    private static func advance(of scalar: Unicode.Scalar, size: Double) -> Double {
        scalar == "\u{2060}" ? 0 : scalar.isWide ? size : size / 2
    }

    /// U+2060 WORD JOINER: forbids a break on either side and takes no room.
    static let wordJoiner: Character = "\u{2060}"

}
