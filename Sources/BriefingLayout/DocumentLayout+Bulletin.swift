import BriefingCore

/// A bulletin's masthead and closing block in the body's pages.
extension DocumentLayout {
    /// The masthead's slices, which open the body, or none.
    static func mastheadSlices(
        _ spec: DocumentSpec, theme: LayoutTheme, typesetter: any Typesetter, ids: StructureIDs
    ) -> [VBox] {
        guard let masthead = spec.masthead else { return [] }
        let width = bodyRect(theme: theme, typesetter: typesetter).width
        return MastheadStacker(theme: theme, typesetter: typesetter, ids: ids).slices(for: masthead, width: width)
    }

    /// Puts the closing block `box` at the foot of the last page, above its footnotes, when it fits
    /// under the page's content with ``ClosingBlockStacker/spaceAbove`` to spare; else at the foot
    /// of a page of its own (upright) added at the end. Never split.
    static func placeClosing(
        _ box: VBox, pages: inout [(boxes: [PlacedBox], landscape: Bool)], footnotesByPage: inout [[Int]],
        footnotes: Footnotes, bodyHeight: Double, log: LayoutLog
    ) {
        if box.height > bodyHeight {
            log.warn(
                "the closing block (\(Int(box.height.rounded())) pt) is taller than a page's body (\(Int(bodyHeight.rounded())) pt): it runs into the bottom margin",
                at: box.location)
        }
        if let last = pages.indices.last, !pages[last].landscape {
            let notes = last < footnotesByPage.count ? footnotesByPage[last] : []
            let heights = footnotes.heights
            let notesHeight = notes.isEmpty ? 0 : Footnotes.separator + notes.reduce(0) { $0 + (heights[$1] ?? 0) }
            let used = pages[last].boxes.map { $0.y + $0.box.height }.max() ?? 0
            let top = bodyHeight - notesHeight - box.height
            if used + ClosingBlockStacker.spaceAbove <= top {
                pages[last].boxes.append(PlacedBox(box: box, y: top))
                return
            }
        }
        pages.append(([PlacedBox(box: box, y: max(0, bodyHeight - box.height))], false))
        footnotesByPage.append([])
    }
}
