/// Invisible characters inserted into a paragraph's text for Pango's line breaking: soft hyphens
/// (U+00AD) where a word may be hyphenated — Pango breaks a line after one and draws a hyphen
/// there, nothing where it does not break — and word joiners (U+2060) around a range's dash, where
/// no line may break (Pango 1.50 breaks after a dash whatever its allow-breaks attribute says).
/// Neither is drawn nor extracted from the PDF. The paragraph's own text stays without them;
/// offsets map between the two texts.
struct InvisibleMarks {
    /// A character inserted.
    enum Mark {
        case softHyphen, wordJoiner

        /// Its UTF-8 bytes.
        var bytes: [UInt8] {
            switch self {
            case .softHyphen: [0xC2, 0xAD]
            case .wordJoiner: [0xE2, 0x81, 0xA0]
            }
        }
    }

    /// Byte offsets in the original text before which a mark goes, ascending.
    let offsets: [Int]
    /// The mark at each of `offsets`.
    let marks: [Mark]
    /// The bytes of the marks before each index of `marks` (one more entry than `marks`).
    private let bytesBefore: [Int]

    init(offsets: [Int], marks: [Mark]) {
        self.offsets = offsets
        self.marks = marks
        bytesBefore = marks.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.bytes.count) }
    }

    /// Soft hyphens before `offsets` (ascending).
    init(softHyphens offsets: [Int]) {
        self.init(offsets: offsets, marks: offsets.map { _ in .softHyphen })
    }

    /// These marks and `mark` before each of `offsets` (ascending), after any mark already there.
    func adding(_ mark: Mark, at offsets: [Int]) -> InvisibleMarks {
        guard !offsets.isEmpty else { return self }
        let merged = (zip(self.offsets, marks).map { ($0, $1) } + offsets.map { ($0, mark) })
            .enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
        return InvisibleMarks(offsets: merged.map(\.0), marks: merged.map(\.1))
    }

    /// `text` with the marks in.
    func inserted(into text: String) -> String {
        guard !offsets.isEmpty else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + bytesBefore[marks.count])
        var next = 0
        for (index, byte) in text.utf8.enumerated() {
            while next < offsets.count, offsets[next] == index {
                bytes.append(contentsOf: marks[next].bytes)
                next += 1
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where byte `offset` of the original text is in the marked text. A mark at the offset itself
    /// is counted before a range's start and after its end (`isEnd`), so a range never starts or
    /// ends with one.
    func marked(_ offset: Int, isEnd: Bool = false) -> Int {
        offset + bytesBefore[count(before: offset, including: !isEnd)]
    }

    /// Where byte `offset` of the marked text is in the original text.
    func original(_ offset: Int) -> Int {
        // The k-th mark (from 0) starts at offsets[k] + bytesBefore[k] of the marked text.
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] + bytesBefore[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return offset - bytesBefore[low]
    }

    /// How many marks go before original offset `offset` (and at it, when `including`).
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
