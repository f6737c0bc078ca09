extension Frame {
    /// Every item except groups, with groups opened, in this frame's coordinates, with the box
    /// each occupies there (scaled groups scale their content's boxes).
    public func leaves(at origin: Point = .zero, scale: Double = 1) -> [(item: PositionedItem, bounds: Rect)] {
        items.flatMap { item -> [(item: PositionedItem, bounds: Rect)] in
            let position = Point(x: origin.x + item.position.x * scale, y: origin.y + item.position.y * scale)
            if case .group(let group) = item.item {
                return group.frame.leaves(at: position, scale: scale * group.scale)
            }
            let local = item.item.localBounds
            let bounds = Rect(
                x: position.x + local.minX * scale, y: position.y + local.minY * scale, width: local.width * scale,
                height: local.height * scale)
            return [(PositionedItem(position: position, item: item.item, structure: item.structure), bounds)]
        }
    }
}
