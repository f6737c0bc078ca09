import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// `entities:` / `exclude:` at the top of a manifest, `total:` and the shape keys under `data:`,
/// read from a manifest and applied when the tables are loaded.
@Suite struct ManifestSelectionTests {
    /// Tables with an aggregate row `all` beside the parks `hitech` and `ecodev`.
    static let parks = TablesScenario.parks + "all,All parks,全部园区,\n"
    static let monthly = """
        park,indicator,month,value
        hitech,tax,2012-01,1
        ecodev,tax,2012-01,2
        all,tax,2012-01,3.5

        """

    /// Loads a brief whose manifest says `data` (the lines under `data:` after `observations`) and
    /// `top` (top-level lines); returns the dataset and every diagnostic's one-line form.
    static func load(data: String = "", top: String = "", monthly: String = monthly, parks: String? = parks)
        throws -> (dataset: Dataset?, diagnostics: [String])
    {
        let directory = try TemporaryDirectory()
        var scenario = TablesScenario().with("monthly.csv", monthly)
        scenario.files["parks.csv"] = parks
        for (name, text) in scenario.files { try directory.write(name, text) }
        let entities = parks == nil ? "" : "  entities: {file: parks.csv, id: park}\n"
        let manifest = """
            title: T
            date: 2014-03-12
            data:
              observations: {file: monthly.csv, columns: {entity: park, period: month}}
              indicators: indicators.csv

            """ + entities + data + top + "sections: [cover]\n"
        try directory.write("brief.yaml", manifest)
        var bag = DiagnosticBag()
        let world = BriefWorld(folder: directory.path, shownAs: "")
        guard let read = ManifestReader.parse(manifest, path: "brief.yaml", world: world, into: &bag) else {
            return (nil, bag.diagnostics.map(\.summary))
        }
        let dataset = DatasetLoader.load(read.data, into: &bag)
        return (dataset, bag.diagnostics.map(\.summary))
    }

    @Test func theTotalIsKeptApartFromTheParts() throws {
        let (dataset, diagnostics) = try Self.load(data: "  total: all\n")
        #expect(diagnostics == [])
        #expect(dataset?.entities.map(\.id) == ["hitech", "ecodev"])
        #expect(dataset?.totalEntity == "all")
        #expect(dataset?.value("all", "tax", Period(year: 2012, month: 1)) == 3.5)
    }

    @Test func anUnknownTotalIsAnErrorAtItsNode() throws {
        let (dataset, diagnostics) = try Self.load(data: "  total: al\n")
        #expect(dataset == nil)
        #expect(
            diagnostics == [
                "brief.yaml:7:10: error: unknown entity 'al' for 'total'; did you mean 'all'? (the entity catalogue has hitech, ecodev, all)"
            ])
    }

    @Test func entitiesSelectInCatalogueOrder() throws {
        let (dataset, diagnostics) = try Self.load(data: "  total: all\n", top: "entities: [ecodev, hitech]\n")
        #expect(diagnostics == [])
        #expect(dataset?.entities.map(\.id) == ["hitech", "ecodev"])
        let (one, _) = try Self.load(top: "entities: [ecodev]\n")
        #expect(one?.entities.map(\.id) == ["ecodev"])
        #expect(one?.observations.keys.map(\.entity) == ["ecodev"])
    }

    @Test func excludeLeavesEntitiesOut() throws {
        let (dataset, diagnostics) = try Self.load(top: "exclude: [all]\n")
        #expect(diagnostics == [])
        #expect(dataset?.entities.map(\.id) == ["hitech", "ecodev"])
        #expect(dataset?.totalEntity == nil)
        #expect(Set(dataset?.observations.keys.map(\.entity) ?? []) == ["hitech", "ecodev"])
    }

    @Test func unknownSelectedIDsAreErrorsAtTheirItems() throws {
        let (dataset, diagnostics) = try Self.load(data: "  total: all\n", top: "entities: [hitec, ecodev, all]\n")
        #expect(dataset == nil)
        #expect(
            diagnostics == [
                "brief.yaml:8:12: error: unknown entity 'hitec'; did you mean 'hitech'? (the entity catalogue has hitech, ecodev)",
                "brief.yaml:8:27: error: entity 'all' is the total ('total' under 'data'), not one of the entities to select",
            ])
    }

    @Test func anEmptyListOfEntitiesIsAnErrorAtTheKey() throws {
        let (_, diagnostics) = try Self.load(top: "entities: []\n")
        #expect(diagnostics == ["brief.yaml:7:11: error: expected 'entities' to list at least one entity id, found an empty list"])
    }

    @Test func anIDListedTwiceOrAnExclusionOfEveryEntityIsAnError() throws {
        let (_, twice) = try Self.load(data: "  total: all\n", top: "exclude: [ecodev, ecodev]\n")
        // `exclude: [ecodev, ecodev]` is line 8; the second `ecodev` starts at column 19.
        #expect(twice == ["brief.yaml:8:19: error: entity 'ecodev' is listed twice"])
        let (dataset, all) = try Self.load(data: "  total: all\n", top: "exclude: [hitech, ecodev]\n")
        #expect(dataset == nil)
        #expect(all == ["brief.yaml:8:19: error: 'exclude' leaves no entity to report on (expected at least one left)"])
    }

    @Test func entitiesAndExcludeTogetherAreAnError() throws {
        let (_, diagnostics) = try Self.load(top: "entities: [hitech]\nexclude: [ecodev]\n")
        #expect(
            diagnostics == [
                "brief.yaml:8:10: error: expected 'entities' (those to report on) or 'exclude' (those to leave out), not both"
            ])
    }

    @Test func withoutACatalogueTheSelectionIsCheckedAgainstTheIDsFound() throws {
        let (dataset, diagnostics) = try Self.load(data: "  total: all\n", top: "exclude: [ecodev, zixing]\n", parks: nil)
        #expect(dataset == nil)
        #expect(
            diagnostics == [
                "brief.yaml:7:19: error: unknown entity 'zixing' (monthly.csv has hitech, ecodev)"
            ])
        let (found, none) = try Self.load(data: "  total: all\n", parks: nil)
        #expect(none == [])
        #expect(found?.entities.map(\.id) == ["hitech", "ecodev"])
        #expect(found?.entities.first?.names == Localized(en: "hitech"))
    }

    @Test func constantRolesAndPeriodColumnsAreRead() throws {
        var diagnostics: [Diagnostic] = []
        let text = "layout: wide-entities\ncolumns: {indicator: {value: tax}, period: {year: y, month: m}}\nentities: [a]\n"
        let node = try #require(try YAMLComposer.compose(text))
        var fields = try #require(
            YAMLFields(node, what: "o", source: SourceText(path: "b.yaml", text: text), diagnostics: &diagnostics))
        let mapping = ManifestReader.readObservations(&fields, source: fields.source, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(
            mapping.layout == .wideEntities(indicator: .constant("tax"), period: .yearAndMonth(year: "y", month: "m"), entities: ["a"]))
    }

    @Test func badPeriodColumnsAreErrorsAtTheirNodes() throws {
        let text = "columns: {period: {year: y, month: m, quarter: q}}\n"
        let source = SourceText(path: "b.yaml", text: text)
        var diagnostics: [Diagnostic] = []
        let node = try #require(try YAMLComposer.compose(text))
        var fields = try #require(YAMLFields(node, what: "o", source: source, diagnostics: &diagnostics))
        _ = ManifestReader.readObservations(&fields, source: source, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.summary) == ["b.yaml:1:48: error: expected 'period' to have 'month' or 'quarter', not both"])
    }
}
