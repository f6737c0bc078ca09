/// Soft hyphens (U+00AD) inserted into a paragraph's text where a word may be hyphenated: Pango
/// breaks a line after one and draws a hyphen there, and draws nothing where it does not break.
/// The paragraph's own text stays without them; offsets map between the two texts.
struct SoftHyphens {
    /// The soft hyphen's length in UTF-8.
    static let length = 2

    /// Byte offsets in the original text before which a soft hyphen goes, ascending.
    let offsets: [Int]

    /// `text` with the soft hyphens in.
    func inserted(into text: String) -> String {
        guard !offsets.isEmpty else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + Self.length * offsets.count)
        var next = offsets.makeIterator()
        var offset = next.next()
        for (index, byte) in text.utf8.enumerated() {
            while let current = offset, current == index {
                bytes.append(contentsOf: [0xC2, 0xAD])
                offset = next.next()
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where byte `offset` of the original text is in the hyphenated text. A soft hyphen at the
    /// offset itself is counted before a range's start and after its end (`isEnd`), so a range
    /// never starts or ends with one.
    func hyphenated(_ offset: Int, isEnd: Bool = false) -> Int {
        offset + Self.length * count(before: offset, including: !isEnd)
    }

    /// Where byte `offset` of the hyphenated text is in the original text.
    func original(_ offset: Int) -> Int {
        // The k-th soft hyphen (from 0) starts at offsets[k] + length · k of the hyphenated text.
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] + Self.length * middle < offset { low = middle + 1 } else { high = middle }
        }
        return offset - Self.length * low
    }

    /// How many soft hyphens go before original offset `offset` (and at it, when `including`).
    private func count(before offset: Int, including: Bool) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < offset || (including && offsets[middle] == offset) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
