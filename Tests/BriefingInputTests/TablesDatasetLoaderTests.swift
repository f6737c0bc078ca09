import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

@Suite("Dataset loader: the parks tables")
struct TablesDatasetLoaderTests {
    @Test func loadsTheParksFiles() throws {
        let dataset = try DatasetLoader.load(TablesFixtures.parksSources())
        #expect(dataset.entities.count == 12)
        #expect(dataset.indicators.count == 6)
        #expect(dataset.observations.values.reduce(0) { $0 + $1.count } == 1728)
        #expect(dataset.observations.count == 72)
        #expect(dataset.periods.count == 24)
        #expect(dataset.periods.first == Period(year: 2012, month: 1))
        #expect(dataset.periods.last == Period(year: 2013, month: 12))
        #expect(dataset.targets.count == 4)

        #expect(
            dataset.indicators.map(\.id) == [
                "tit_volume", "tax", "value_added", "foreign_investment", "fixed_investment", "employees",
            ])
        var volume = Indicator(
            id: "tit_volume", names: Localized(en: "Total technology, industry and trade volume", zh: "技工贸总收入"),
            units: Localized(en: "bn yuan", zh: "亿元"), decimals: 2, kind: .flow)
        // The catalogue's short_name column; it has no short_name_zh.
        volume.shortNames = Localized(en: "Tech, industry & trade")
        #expect(dataset.indicator("tit_volume") == volume)
        #expect(dataset.indicator("tax")?.shortNames == Localized(en: ""))
        #expect(dataset.indicator("employees")?.kind == .stock)
        #expect(dataset.indicator("foreign_investment")?.decimals == 1)
        #expect(
            dataset.entities.first
                == Entity(
                    id: "hitech", names: Localized(en: "Chenzhou Hi-tech Zone", zh: "郴州高新区"),
                    attributes: ["county": "Beihu"]))
        #expect(dataset.value("hitech", "tit_volume", Period(year: 2012, month: 1)) == 1.8183)
        #expect(
            dataset.targets.last
                == Target(
                    scope: "total", indicatorID: "value_added_share_of_city", year: 2014, value: 0.6,
                    note: Localized(en: "parks\u{2019} share of the city\u{2019}s scaled-industry added value", zh: "园区规模工业增加值占全市比重"))
        )
        #expect(
            dataset.targets.first
                == Target(
                    scope: "total", indicatorID: "tit_volume", year: 2014, value: 0.2,
                    note: Localized(en: "at least", zh: "不低于")))
    }

    @Test func targetsAreOptional() throws {
        var sources = TablesFixtures.parksSources()
        sources.targets = nil
        #expect(try DatasetLoader.load(sources).targets.isEmpty)
    }

    @Test func bagVariantCollectsWithOtherDiagnostics() {
        var bag = DiagnosticBag()
        bag.warning(.file("brief.yaml"), "something earlier")
        let dataset = DatasetLoader.load(TablesFixtures.parksSources(), into: &bag)
        #expect(dataset != nil)
        #expect(bag.diagnostics.count == 1)
    }

    // MARK: - The same figures in wide layouts

    /// The long table, parsed: (park, indicator, month, value) in file order.
    static func longRows() throws -> [[String]] {
        let table = CSVReader().read(try TablesFixtures.text("monthly.csv"), path: "monthly.csv")
        return table.rows.map { $0.cells.map(\.text) }
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map {
            $0.contains(",") || $0.contains("\"") ? "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" : $0
        }
        .joined(separator: ",")
    }

    /// `park,month,<indicator…>`, one row per park and month; cells the long file lacks are left empty.
    static func wideByIndicator(_ rows: [[String]], delimiter: String = ",") -> String {
        var indicators: [String] = []
        var keys: [[String]] = []
        var values: [[String]: String] = [:]
        for row in rows {
            if !indicators.contains(row[1]) { indicators.append(row[1]) }
            let key = [row[0], row[2]]
            if values[key + ["?"]] == nil { keys.append(key); values[key + ["?"]] = "" }
            values[key + [row[1]]] = row[3]
        }
        var lines = [(["park", "month"] + indicators).joined(separator: delimiter)]
        for key in keys {
            lines.append((key + indicators.map { values[key + [$0]] ?? "" }).joined(separator: delimiter))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `park,indicator,<YYYY-MM…>`, one row per park and indicator.
    static func wideByPeriod(_ rows: [[String]]) -> String {
        var periods: [String] = []
        var keys: [[String]] = []
        var values: [[String]: String] = [:]
        for row in rows {
            if !periods.contains(row[2]) { periods.append(row[2]) }
            let key = [row[0], row[1]]
            if values[key + ["?"]] == nil { keys.append(key); values[key + ["?"]] = "" }
            values[key + [row[2]]] = row[3]
        }
        var lines = [csvLine(["park", "indicator"] + periods)]
        for key in keys { lines.append(csvLine(key + periods.map { values[key + [$0]] ?? "" })) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func wideLayoutsGiveTheSameDataset() throws {
        let long = try DatasetLoader.load(TablesFixtures.parksSources())
        let rows = try Self.longRows()
        let directory = try TemporaryDirectory()
        try directory.write("by-indicator.csv", Self.wideByIndicator(rows))
        try directory.write("by-indicator-semicolon.csv", Self.wideByIndicator(rows, delimiter: ";"))
        try directory.write("by-period.csv", Self.wideByPeriod(rows))
        let indicatorIDs = long.indicators.map(\.id)
        let periods = long.periods.map(\.description)

        let variants: [(String, TableMapping)] = [
            (
                "by-indicator.csv",
                TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: nil))
            ),
            (
                "by-indicator.csv",
                TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: indicatorIDs))
            ),
            (
                "by-indicator-semicolon.csv",
                TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: nil))
            ),
            ("by-period.csv", TableMapping(layout: .widePeriods(entity: "park", indicator: "indicator", periods: nil))),
            (
                "by-period.csv",
                TableMapping(layout: .widePeriods(entity: "park", indicator: "indicator", periods: periods))
            ),
        ]
        for (file, mapping) in variants {
            let sources = TablesFixtures.parksSources(
                observations: directory.url.appendingPathComponent(file).path, mapping: mapping)
            let wide = try DatasetLoader.load(sources)
            #expect(wide == long, "\(file) \(mapping.layout)")
            #expect(wide.observations.values.reduce(0) { $0 + $1.count } == 1728)
        }
    }

    @Test func wideListsSelectColumns() throws {
        let rows = try Self.longRows()
        let directory = try TemporaryDirectory()
        try directory.write("by-indicator.csv", Self.wideByIndicator(rows))
        let sources = TablesFixtures.parksSources(
            observations: directory.url.appendingPathComponent("by-indicator.csv").path,
            mapping: TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: ["tax"])))
        let dataset = try DatasetLoader.load(sources)
        #expect(Set(dataset.observations.keys.map(\.indicator)) == ["tax"])
        #expect(dataset.observations.values.reduce(0) { $0 + $1.count } == 288)
    }

    @Test func emptyCellsAreMissingNotZero() throws {
        let wide = """
            park,month,tit_volume,tax,employees
            hitech,2012-01,1.5,,
            ecodev,2012-01,,0.25, 3

            """
        let scenario = TablesScenario().with("monthly.csv", wide)
        var mapping = scenario
        mapping.mapping = TableMapping(layout: .wideIndicators(entity: "park", period: "month", indicators: nil))
        let dataset = try mapping.load().get()
        let january = Period(year: 2012, month: 1)
        #expect(dataset.value("hitech", "tit_volume", january) == 1.5)
        #expect(dataset.value("hitech", "tax", january) == nil)
        #expect(dataset.value("ecodev", "tit_volume", january) == nil)
        #expect(dataset.value("ecodev", "employees", january) == 3)
        #expect(dataset.observations[SeriesKey(entity: "hitech", indicator: "tax")] == nil)

        let long = try TablesScenario().with(
            "monthly.csv",
            "park,indicator,month,value\nhitech,tax,2012-01,\nhitech,tax,2012-02,-3\nhitech,tax,2012-03,1e3\n"
        ).load().get()
        #expect(
            long.observations[SeriesKey(entity: "hitech", indicator: "tax")] == [
                Period(year: 2012, month: 2): -3, Period(year: 2012, month: 3): 1000,
            ])
    }

    @Test func entityIDColumnIsConfigurable() throws {
        var scenario = TablesScenario().with(
            "parks.csv", "name,code,name_zh,county\nChenzhou Hi-tech Zone,hitech,郴州高新区,Beihu\nEcodev,ecodev,,Suxian\n")
        scenario.withTargets = false
        scenario.files["monthly.csv"] = TablesScenario.monthly
        let directory = try TemporaryDirectory()
        for (name, text) in scenario.files { try directory.write(name, text) }
        let sources = DatasetSources(
            observations: "monthly.csv", mapping: .long(entity: "park", period: "month"), indicators: "indicators.csv", entities: "parks.csv",
            entityIDColumn: "code", world: BriefWorld(folder: directory.path, shownAs: ""))
        let dataset = try DatasetLoader.load(sources)
        #expect(dataset.entities.map(\.id) == ["hitech", "ecodev"])
        #expect(dataset.entities[1].names == Localized(en: "Ecodev", zh: nil))
        #expect(dataset.entities[0].attributes == ["county": "Beihu"])
    }

    @Test func numbers() {
        let good: [(String, Double)] = [
            ("1.8183", 1.8183), ("-3", -3), ("1e3", 1000), ("+2.5E-1", 0.25), (".5", 0.5), ("5.", 5),
        ]
        for (text, value) in good {
            #expect(TableValues.number(Substring(text), decimalSeparator: ".") == value, "\(text)")
        }
        let bad = ["", "-", ".", "1,8x", "inf", "nan", "0x1p3", "1e", "1e+", "1 2", "1e999", "１", "1e16", "-1e308"]
        for text in bad {
            #expect(TableValues.number(Substring(text), decimalSeparator: ".") == nil, "\(text)")
        }
        #expect(TableValues.number("1e15", decimalSeparator: ".") == 1e15)
        #expect(TableValues.number("-1e15", decimalSeparator: ".") == -1e15)
    }

    @Test func periods() {
        func read(_ text: Substring) -> PeriodFormat.Reading? { PeriodFormat.standard.read(text, workbookDates: true) }
        #expect(read("2012-01") == .period(Period(year: 2012, month: 1)))
        #expect(read("2012-1") == .period(Period(year: 2012, month: 1)))
        // A day (as a workbook's date cells read) is a day; an impossible day is no period.
        #expect(read("2012-01-31") == .day(CalendarDay(year: 2012, month: 1, day: 31)))
        #expect(PeriodFormat.standard.read("2012-01-31") == nil)
        for text in ["2013-13", "2013-00", "+201-01", "2012-+1", "2012/01", "201201", "2012-02-30", ""] {
            #expect(read(Substring(text)) == nil, "\(text)")
        }
    }

    @Test func suggestions() {
        let ids = ["tit_volume", "tax", "value_added", "employees"]
        #expect(Suggestion.closest(to: "tit_volum", among: ids) == "tit_volume")
        #expect(Suggestion.closest(to: "tit-volumes", among: ids) == "tit_volume")
        #expect(Suggestion.closest(to: "taxes", among: ids) == "tax")
        #expect(Suggestion.closest(to: "income", among: ids) == nil)
        #expect(Suggestion.closest(to: "value_added_share_of_city", among: ids) == nil)
        #expect(Suggestion.closest(to: "x", among: ids) == nil)
    }
}
