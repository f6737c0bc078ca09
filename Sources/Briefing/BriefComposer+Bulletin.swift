import BriefingInput
import BriefingLayout

/// A bulletin's masthead and closing block from the manifest's `bulletin`, `issue`,
/// `distribution`, `printed-by` and `print-run`.
extension BriefComposer {
    /// The masthead; without `bulletin` the organisation stands as the bulletin's name.
    func bulletinMasthead(date: String) -> Masthead {
        let manifest = brief.manifest
        return Masthead(
            classification: manifest.classification, name: manifest.bulletin.name ?? manifest.organisation,
            issue: manifest.bulletin.issue.map(strings.issue), organisation: manifest.organisation, date: date,
            title: manifest.title)
    }

    /// The closing block, when the manifest gives any of its keys; printed by the organisation
    /// unless `printed-by` says otherwise, on the brief's date.
    func closingBlock(date: String) -> ClosingBlock? {
        let bulletin = brief.manifest.bulletin
        guard bulletin.hasClosingBlock else { return nil }
        let lines = Bulletin.Recipients.allCases.compactMap { recipients in
            bulletin.distribution[recipients].map {
                ClosingBlock.Line(label: strings.distributionLabel(recipients), names: strings.recipients($0))
            }
        }
        var block = ClosingBlock(
            distribution: lines, printedBy: bulletin.printedBy ?? brief.manifest.organisation,
            printed: strings.printed(date), printRun: bulletin.printRun.map(strings.printRun))
        block.location = brief.manifest.keyLocations["distribution"]
        return block
    }
}
