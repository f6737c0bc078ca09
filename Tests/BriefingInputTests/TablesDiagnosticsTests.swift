import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

@Suite("Dataset loader: diagnostics")
struct TablesDiagnosticsTests {
    let base = TablesScenario()

    func monthly(_ rows: String...) -> TablesScenario {
        base.with("monthly.csv", (["park,indicator,month,value"] + rows).joined(separator: "\n") + "\n")
    }

    @Test func theScenarioLoads() throws {
        #expect(try base.errors() == [])
        let dataset = try base.load().get()
        #expect(dataset.targets.count == 2)
        #expect(dataset.observations.values.reduce(0) { $0 + $1.count } == 3)
    }

    @Test func missingFile() throws {
        var scenario = base
        scenario.files["monthly.csv"] = nil
        #expect(try scenario.errors() == ["monthly.csv:1:1: error: cannot read file: no such file"])
    }

    @Test func directoryInsteadOfFile() throws {
        let directory = try TemporaryDirectory()
        for (name, text) in base.files { try directory.write(name, text) }
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("dir.csv"), withIntermediateDirectories: true)
        let sources = DatasetSources(
            observations: "dir.csv", mapping: .long(entity: "park", period: "month"), indicators: "indicators.csv", entities: "parks.csv",
            world: BriefWorld(folder: directory.path, shownAs: ""))
        #expect(throws: DiagnosticError.self) { try DatasetLoader.load(sources) }
        do {
            _ = try DatasetLoader.load(sources)
        } catch {
            #expect(
                error.diagnostics.map(\.summary) == [
                    "dir.csv:1:1: error: 'dir.csv' is not a regular file (it is a directory)"
                ])
        }
    }

    @Test func emptyFile() throws {
        #expect(
            try base.with("monthly.csv", "\n").errors() == [
                "monthly.csv:1:1: error: expected a header row (park, indicator, month, value), found an empty file"
            ])
    }

    @Test func missingColumn() throws {
        let scenario = base.with("monthly.csv", "park,indicator,month,amount\nhitech,tax,2012-01,1\n")
        #expect(
            try scenario.errors() == [
                "monthly.csv:1:1: error: no value column 'value' in the header (columns are park, indicator, month, amount); name it with 'columns: {value: NAME}'"
            ])
        guard case .failure(let error) = try scenario.load() else { return }
        #expect(
            error.diagnostics[0].description.split(separator: "\n").map(String.init) == [
                "monthly.csv:1:1: error: no value column 'value' in the header (columns are park, indicator, month, amount); name it with 'columns: {value: NAME}'",
                "    park,indicator,month,amount",
                "    ^",
            ])
    }

    @Test func raggedRow() throws {
        #expect(
            try monthly("hitech,tax,2012-01,1", "hitech,tax,2012-02,1,5").errors() == [
                "monthly.csv:3:1: error: expected 4 fields (park, indicator, month, value), found 5"
            ])
    }

    @Test func notANumber() throws {
        let scenario = monthly("hitech,tax,2012-01,\"1,8x\"")
        #expect(try scenario.errors() == ["monthly.csv:2:20: error: expected a number in column 'value', found '1,8x'"])
        guard case .failure(let error) = try scenario.load() else { return }
        #expect(
            error.description.split(separator: "\n").map(String.init) == [
                "monthly.csv:2:20: error: expected a number in column 'value', found '1,8x'",
                "    hitech,tax,2012-01,\"1,8x\"",
                "    " + String(repeating: " ", count: 19) + "^",
            ])
    }

    @Test func badPeriod() throws {
        #expect(
            try monthly("hitech,tax,2013-13,1", "hitech,tax,13-01,1", "hitech,tax,,1").errors() == [
                "monthly.csv:2:12: error: expected a period YYYY-MM in column 'month', found '2013-13'",
                "monthly.csv:3:12: error: expected a period YYYY-MM in column 'month', found '13-01'",
                "monthly.csv:4:12: error: expected a period YYYY-MM in column 'month', found an empty cell",
            ])
    }

    @Test func unknownIndicator() throws {
        #expect(
            try monthly("hitech,tit_volum,2012-02,1", "hitech,income,2012-02,1").errors() == [
                "monthly.csv:2:8: error: unknown indicator 'tit_volum' (not in indicators.csv); did you mean 'tit_volume'?",
                "monthly.csv:3:8: error: unknown indicator 'income' (not in indicators.csv)",
            ])
    }

    @Test func unknownEntity() throws {
        #expect(
            try monthly("hitec,tax,2012-02,1", "郴州,tax,2012-02,1", ",tax,2012-02,1").errors() == [
                "monthly.csv:2:1: error: unknown entity 'hitec' (not in parks.csv); did you mean 'hitech'?",
                "monthly.csv:3:1: error: unknown entity '郴州' (not in parks.csv)",
                "monthly.csv:4:1: error: expected an entity id in column 'park', found an empty cell",
            ])
    }

    @Test func duplicateObservation() throws {
        #expect(
            try monthly("hitech,tax,2012-01,1", "ecodev,tax,2012-01,1", "hitech,tax,2012-1,2").errors() == [
                "monthly.csv:4:1: error: duplicate observation for hitech, tax, 2012-01 (first on line 2)"
            ])
    }

    @Test func badCatalogueValues() throws {
        let indicators = """
            indicator,name,name_zh,unit,unit_zh,decimals,kind
            tit_volume,Volume,,bn yuan,,two,flow
            tax,Tax,,bn yuan,,2,flux
            employees,,,thousand,,10,
            """
        #expect(
            try base.with("indicators.csv", indicators).errors() == [
                "indicators.csv:2:29: error: expected a number of decimals from 0 to 9 in column 'decimals', found 'two'",
                "indicators.csv:3:21: error: expected 'flow', 'stock', 'average', 'rate', 'index', 'ratio' or 'per-capita' in column 'kind', found 'flux'",
                "indicators.csv:4:11: error: expected a name in column 'name', found an empty cell",
                "indicators.csv:4:23: error: expected a number of decimals from 0 to 9 in column 'decimals', found '10'",
                "indicators.csv:4:26: error: expected 'flow', 'stock', 'average', 'rate', 'index', 'ratio' or 'per-capita' in column 'kind', found an empty cell",
            ])
    }

    @Test func duplicateCatalogueIDs() throws {
        let indicators = TablesScenario.indicators + "tax,Tax again,,bn yuan,,2,flow\n"
        let parks = TablesScenario.parks + "ecodev,Again,,Suxian\n"
        #expect(
            try base.with("indicators.csv", indicators).with("parks.csv", parks).errors() == [
                "indicators.csv:5:1: error: duplicate indicator 'tax' (first defined on line 3)",
                "parks.csv:4:1: error: duplicate entity 'ecodev' (first defined on line 3)",
            ])
    }

    @Test func catalogueMissingColumns() throws {
        #expect(
            try base.with("indicators.csv", "indicator,title,unit,decimals\ntax,Tax,bn yuan,2\n").errors() == [
                "indicators.csv:1:1: error: no column 'name' in the header; columns are indicator, title, unit, decimals",
                "indicators.csv:1:1: error: no column 'kind' in the header; columns are indicator, title, unit, decimals",
                "monthly.csv:2:8: error: unknown indicator 'tit_volume' (not in indicators.csv)",
                "monthly.csv:4:8: error: unknown indicator 'tit_volume' (not in indicators.csv)",
            ])
    }

    @Test func targets() throws {
        let targets = """
            scope,indicator,year,target_growth,note
            city,value_added_share_of_city,2014,0.6,derived measure
            hitech,tax,2014,0.1,
            hitec,tax,2014,0.1,
            county,tax,2014,0.1,
            city,tax,14,20%%,
            city,value_added_share_of_city,2014,0.5,again

            """
        #expect(
            try base.with("targets.csv", targets).errors() == [
                "targets.csv:4:1: error: unknown scope 'hitec' (expected 'total' or an entity in parks.csv); did you mean 'hitech'?",
                "targets.csv:5:1: error: unknown scope 'county' (expected 'total' or an entity in parks.csv)",
                "targets.csv:6:10: error: expected a year YYYY in column 'year', found '14'",
                "targets.csv:6:13: error: expected a number in column 'target_growth', found '20%%'",
                "targets.csv:7:1: error: duplicate target for city, value_added_share_of_city, 2014 (first on line 2)",
            ])
    }

    @Test func targetIndicatorThatLooksLikeATypoIsAWarning() throws {
        let scenario = base.with("targets.csv", "scope,indicator,year,target_growth\ncity,tit_volum,2014,0.2\n")
        let directory = try TemporaryDirectory()
        for (name, text) in scenario.files { try directory.write(name, text) }
        let sources = DatasetSources(
            observations: "monthly.csv", mapping: .long(entity: "park", period: "month"), indicators: "indicators.csv", entities: "parks.csv",
            targets: "targets.csv", world: BriefWorld(folder: directory.path, shownAs: ""))
        var bag = DiagnosticBag()
        let dataset = DatasetLoader.load(sources, into: &bag)
        #expect(dataset?.targets.first?.indicatorID == "tit_volum")
        #expect(
            bag.diagnostics.map(\.summary) == [
                "targets.csv:2:6: warning: indicator 'tit_volum' is not in indicators.csv; did you mean 'tit_volume'?"
            ])
    }

    @Test func invalidUTF8InATable() throws {
        let directory = try TemporaryDirectory()
        for (name, text) in base.files { try directory.write(name, text) }
        try directory.write("parks.csv", bytes: Array("park,name\nhitech,".utf8) + [0xB8, 0xDF] + [0x0A])
        let sources = DatasetSources(
            observations: "monthly.csv", mapping: .long(entity: "park", period: "month"), indicators: "indicators.csv", entities: "parks.csv",
            world: BriefWorld(folder: directory.path, shownAs: ""))
        do {
            _ = try DatasetLoader.load(sources)
            Issue.record("expected an error")
        } catch {
            // The entity catalogue is unusable, so entity ids are not checked against it.
            #expect(
                error.diagnostics.map(\.summary) == [
                    "parks.csv:2:8: error: expected UTF-8 text, found the byte 0xb8 (save the file as UTF-8, or declare its encoding, e.g. `encoding: gb18030`)"
                ])
        }
    }

    @Test func badDelimiter() throws {
        var scenario = base
        scenario.formats["monthly.csv"] = TableFormat(delimiter: "\"")
        #expect(
            try scenario.errors() == [
                "monthly.csv:1:1: error: expected a delimiter of one ASCII character other than '\"', CR or LF, found '\"'"
            ])
    }

    @Test func wideByIndicatorProblems() throws {
        var scenario = base.with(
            "monthly.csv",
            """
            park,month,tit_volume,taxes,tax,tax
            hitech,2012-01,1,2,3,3
            hitech,2012-01,1,,,
            ecodev,2012-13,1,2,3,3
            """)
        scenario.mapping = TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: nil))
        #expect(
            try scenario.errors() == [
                "monthly.csv:1:23: error: unknown indicator 'taxes' (not in indicators.csv); did you mean 'tax'?",
                "monthly.csv:1:33: error: duplicate column 'tax' in the header (it is also field 5)",
                "monthly.csv:3:1: error: duplicate observation for hitech, tit_volume, 2012-01 (first on line 2)",
                "monthly.csv:4:8: error: expected a period YYYY-MM in column 'month', found '2012-13'",
            ])
    }

    @Test func widePeriodProblems() throws {
        var scenario = base.with(
            "monthly.csv",
            """
            park,indicator,2012-01,Feb,2012-03
            hitech,tax,1,2,x
            """)
        scenario.mapping = TableMapping(layout: .widePeriods(entity: "park", indicator: "indicator", periods: nil))
        #expect(
            try scenario.errors() == [
                "monthly.csv:1:24: error: expected a period YYYY-MM as a column name, found 'Feb'",
                "monthly.csv:2:16: error: expected a number in column '2012-03', found 'x'",
            ])
        scenario.mapping = TableMapping(
            layout: .widePeriods(entity: "park", indicator: "indicator", periods: ["2012-01", "2012-02"]))
        #expect(
            try scenario.errors() == [
                "monthly.csv:1:1: error: no column '2012-02' in the header; columns are park, indicator, 2012-01, Feb, 2012-03"
            ])
    }

    /// One broken file per table, several problems in each: all of them are reported, in file order.
    @Test func everyProblemInEveryFile() throws {
        let monthly = """
            park,indicator,month,value
            hitech,tit_volume,2012-01,1.8183
            hitech,tit_volum,2012-02,1.9
            hitec,tax,2012-01,0.2
            hitech,tax,2013-13,0.2
            hitech,tax,2012-02,"1,8x"
            hitech,tax,2012-03,1,2
            hitech,tit_volume,2012-01,1.9
            hitech,tax,2012-04,"unterminated

            """
        let parks = TablesScenario.parks + "hitech,Duplicate,,Beihu\n"
        let errors = try base.with("monthly.csv", monthly).with("parks.csv", parks).errors()
        #expect(
            errors == [
                "parks.csv:4:1: error: duplicate entity 'hitech' (first defined on line 2)",
                "monthly.csv:3:8: error: unknown indicator 'tit_volum' (not in indicators.csv); did you mean 'tit_volume'?",
                "monthly.csv:4:1: error: unknown entity 'hitec' (not in parks.csv); did you mean 'hitech'?",
                "monthly.csv:5:12: error: expected a period YYYY-MM in column 'month', found '2013-13'",
                "monthly.csv:6:20: error: expected a number in column 'value', found '1,8x'",
                "monthly.csv:7:1: error: expected 4 fields (park, indicator, month, value), found 5",
                "monthly.csv:8:1: error: duplicate observation for hitech, tit_volume, 2012-01 (first on line 2)",
                "monthly.csv:9:20: error: unterminated quoted field; expected a closing quote, found the end of the file",
            ])
    }
}
