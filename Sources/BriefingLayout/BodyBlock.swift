/// Which top-level block of the body a slice comes from and what the float rule may do with it.
struct BodyBlock: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A figure: it may wait for the top of the next page while text moves up before it.
        case figure
        /// A table right after a figure (its data): it floats with the figure.
        case figureData
        /// A level-1 heading: nothing floats past it.
        case sectionStart
        /// Anything else: it may move up before a figure that waits.
        case text
    }

    /// The block's position in the body.
    var number: Int
    var kind: Kind

    /// The kind of each of `blocks`, in order.
    static func kinds(of blocks: [Block]) -> [Kind] {
        var previous: Kind?
        return blocks.map { block in
            let kind: Kind
            switch block {
            case .figure: kind = .figure
            case .table where previous == .figure: kind = .figureData
            case .heading(let heading) where heading.level == 1: kind = .sectionStart
            case .contents, .pageBreak, .landscape: kind = .sectionStart
            default: kind = .text
            }
            previous = kind
            return kind
        }
    }
}
