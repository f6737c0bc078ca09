/// A display list: items at fixed positions in a box of known size. Layout and charts produce
/// frames; render draws them and decides nothing.
public struct Frame: Hashable, Sendable {
    public var size: Size
    public private(set) var items: [PositionedItem]

    public init(size: Size, items: [PositionedItem] = []) {
        self.size = size
        self.items = items
    }

    public mutating func append(_ item: FrameItem, at position: Point = .zero, structure: [StructureTag] = []) {
        items.append(PositionedItem(position: position, item: item, structure: structure))
    }

    /// Adds the lines of `paragraph` with the top-left corner of its first line at `position`.
    public mutating func append(_ paragraph: TypesetParagraph, at position: Point) {
        append(.text(TextItem(paragraph: paragraph)), at: position)
    }

    /// Places `frame` with its top-left corner at `position`.
    public mutating func append(_ frame: Frame, at position: Point, role: GroupRole? = nil) {
        append(.group(Group(frame: frame, role: role)), at: position)
    }

    public mutating func append(contentsOf other: [PositionedItem]) {
        items.append(contentsOf: other)
    }
}

/// An item and where its origin sits in the enclosing frame.
public struct PositionedItem: Hashable, Sendable {
    public var position: Point
    public var item: FrameItem
    /// The structure elements the item belongs to, outermost first; empty for decoration.
    public var structure: [StructureTag]

    public init(position: Point, item: FrameItem, structure: [StructureTag] = []) {
        self.position = position
        self.item = item
        self.structure = structure
    }

    /// The same item moved by `delta`.
    public func offset(by delta: Point) -> PositionedItem {
        var copy = self
        copy.position = position.offset(by: delta)
        return copy
    }

    /// The item inside `tag` (and whatever it was already in).
    public func tagged(_ tag: StructureTag) -> PositionedItem {
        var copy = self
        copy.structure.insert(tag, at: 0)
        return copy
    }

    /// The box the item occupies, in the enclosing frame's coordinates.
    public var bounds: Rect { item.localBounds.offset(by: position) }
}

/// What a frame can hold.
public enum FrameItem: Hashable, Sendable {
    /// Lines of a typeset paragraph; the position is the top-left of the first line drawn.
    case text(TextItem)
    /// A filled and/or stroked path; the position is the path's origin.
    case shape(Shape)
    /// A nested frame; the position is its top-left corner.
    case group(Group)
    /// A clickable area linking to a URI or a named destination.
    case link(Link)
    /// A named destination (for contents entries, the outline and cross-references).
    case anchor(String)

    /// The item's box relative to its position.
    public var localBounds: Rect {
        switch self {
        case .text(let text): return text.localBounds
        case .shape(let shape): return shape.path.bounds
        case .group(let group):
            return Rect(
                origin: .zero,
                size: Size(width: group.frame.size.width * group.scale, height: group.frame.size.height * group.scale))
        case .link(let link): return Rect(origin: .zero, size: link.size)
        case .anchor: return Rect(origin: .zero, size: .zero)
        }
    }
}

/// Some lines of a typeset paragraph; each line carries the glyph runs render draws.
public struct TextItem: Hashable, Sendable {
    public var paragraph: TypesetParagraph
    public var lines: Range<Int>

    public init(paragraph: TypesetParagraph, lines: Range<Int>? = nil) {
        self.paragraph = paragraph
        self.lines = lines ?? 0..<paragraph.lines.count
    }

    /// The inked extent of the lines, relative to the top of the first.
    public var localBounds: Rect {
        guard !lines.isEmpty else { return Rect(origin: .zero, size: .zero) }
        let drawn = paragraph.lines[lines]
        let minX = drawn.map(\.x).min() ?? 0
        let maxX = drawn.map { $0.x + $0.width }.max() ?? 0
        return Rect(x: minX, y: 0, width: maxX - minX, height: paragraph.height(of: lines))
    }
}

/// Why a group exists, for the document structure (tagged PDF) and for tests.
public enum GroupRole: Hashable, Sendable {
    /// A chart or picture, with alternative text that describes it.
    case figure(alternativeText: String)
    /// A table cell or anything else that needs no tag.
    case artifact
}

/// A nested frame.
public struct Group: Hashable, Sendable {
    public var frame: Frame
    public var role: GroupRole?
    /// Drawn at this scale (1 = as laid out), e.g. a chart shrunk to fit a page.
    public var scale: Double

    public init(frame: Frame, role: GroupRole? = nil, scale: Double = 1) {
        self.frame = frame
        self.role = role
        self.scale = scale
    }
}

/// A clickable rectangle.
public struct Link: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case uri(String)
        case destination(String)
    }

    public var size: Size
    public var target: Target

    public init(size: Size, target: Target) {
        self.size = size
        self.target = target
    }
}
