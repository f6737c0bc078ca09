import Foundation

/// The characters most text in this project is made of, for a font subset made once per process:
/// printable ASCII, Latin-1, general punctuation, and GB 2312's symbols (rows 1–9: Chinese
/// punctuation, full-width forms) and level 1 hanzi (rows 16–55: the 3,755 most frequent), and
/// the signs briefing itself writes (``written``).
enum CommonCharacters {
    /// The code points, ascending.
    static let codePoints: [UInt32] = {
        var points = Array(0x20...0x7E) + Array(0xA0...0xFF) + Array(0x2010...0x203A)
        points += gb2312(rows: Array(1...9) + Array(16...55)) + written
        return Array(Set(points.map(UInt32.init))).sorted()
    }()

    /// Signs briefing's own text uses, outside the ranges above: the minus sign of negative
    /// numbers (U+2212, in every report with a fall), the word joiner, the euro sign, the
    /// arrows and triangles of changes, less/greater than or equal.
    static let written = [0x2212, 0x2060, 0x20AC, 0x2192, 0x25B2, 0x25BC, 0x2264, 0x2265]

    /// The characters of GB 2312 in `rows` (1–94), decoded from EUC-CN by iconv.
    private static func gb2312(rows: [Int]) -> [Int] {
        let converter = iconv_open("UTF-32LE", "EUC-CN")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return [] }
        defer { iconv_close(converter) }
        var points: [Int] = []
        for row in rows {
            for cell in 1...94 {
                var input = [UInt8(0xA0 + row), UInt8(0xA0 + cell)].map { CChar(bitPattern: $0) }
                var output = [UInt8](repeating: 0, count: 4)
                let converted = input.withUnsafeMutableBufferPointer { inBuffer in
                    output.withUnsafeMutableBytes { outBuffer in
                        var inNext = inBuffer.baseAddress
                        var outNext = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                        var inLeft = 2
                        var outLeft = 4
                        return iconv(converter, &inNext, &inLeft, &outNext, &outLeft) != -1 && outLeft == 0
                    }
                }
                // Cells GB 2312 leaves empty do not convert.
                if converted { points.append(output.reversed().reduce(0) { $0 << 8 | Int($1) }) }
            }
        }
        return points
    }
}
