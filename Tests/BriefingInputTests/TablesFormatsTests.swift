import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// The example's tables as offices hand them over (Tests/Fixtures/tables, written by
/// Scripts/make-table-fixtures): each must give the same figures as the clean CSV.
@Suite struct TablesFormatsTests {
    static let tables = TablesFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/tables")

    /// The fixture's name in the world of ``TablesFixtures/parksSources(observations:mapping:)``:
    /// its absolute path without the leading `/`.
    static func fixture(_ name: String) -> String { String(tables.appendingPathComponent(name).path.dropFirst()) }

    /// The 2013 total over every park of `indicator`, as the key-indicator tiles show it.
    static func total2013(_ dataset: Dataset, _ indicator: String) -> Double {
        dataset.observations.filter { $0.key.indicator == indicator }.values
            .flatMap { $0.filter { $0.key.year == 2013 }.values }.reduce(0, +)
    }

    static func load(observations: String, format: TableFormat = TableFormat()) throws -> Dataset {
        var sources = TablesFixtures.parksSources(observations: observations)
        sources.formats[sources.observations] = format
        return try DatasetLoader.load(sources)
    }

    @Test func cleanCSVGivesTheBriefsTotals() throws {
        let dataset = try DatasetLoader.load(TablesFixtures.parksSources())
        #expect(String(format: "%.2f", Self.total2013(dataset, "tit_volume")) == "241.10")
        #expect(String(format: "%.2f", Self.total2013(dataset, "tax")) == "4.40")
        #expect(String(format: "%.2f", Self.total2013(dataset, "value_added")) == "52.50")
    }

    @Test(arguments: [
        ("monthly-bom-crlf.csv", TableFormat()),
        ("monthly-semicolon.csv", TableFormat()),
        ("monthly-tab.tsv", TableFormat()),
        ("monthly-decimal-comma.csv", TableFormat(decimalSeparator: ",")),
        ("monthly.json", TableFormat()),
        ("parks.xlsx", TableFormat(sheet: "monthly")),
    ])
    func oddFormatGivesTheSameObservations(name: String, format: TableFormat) throws {
        let clean = try DatasetLoader.load(TablesFixtures.parksSources())
        let odd = try Self.load(observations: Self.fixture(name), format: format)
        #expect(odd.observations == clean.observations)
        #expect(String(format: "%.2f", Self.total2013(odd, "tit_volume")) == "241.10")
        #expect(String(format: "%.2f", Self.total2013(odd, "tax")) == "4.40")
        #expect(String(format: "%.2f", Self.total2013(odd, "value_added")) == "52.50")
    }

    @Test func thousandsSeparatorsGiveTheSameFiguresInMillions() throws {
        let odd = try Self.load(observations: Self.fixture("monthly-thousands.csv"))
        #expect(String(format: "%.1f", Self.total2013(odd, "tit_volume")) == "241100.0")
        #expect(String(format: "%.1f", Self.total2013(odd, "value_added")) == "52500.0")
    }

    @Test func percentTargetsAreRatios() throws {
        var sources = TablesFixtures.parksSources()
        let clean = try DatasetLoader.load(sources).targets
        sources.targets = Self.fixture("targets-percent.csv")
        let odd = try DatasetLoader.load(sources).targets
        #expect(odd.map(\.value) == clean.map(\.value))
        #expect(odd.first?.value == 0.2)
    }

    @Test func gb18030CatalogueGivesTheSameNames() throws {
        var sources = TablesFixtures.parksSources()
        let clean = try DatasetLoader.load(sources).entities
        let path = Self.fixture("parks-gb18030.csv")
        sources.entities = path
        sources.formats[path] = TableFormat(encoding: .gb18030)
        let odd = try DatasetLoader.load(sources).entities
        #expect(odd == clean)
        #expect(odd.first?.names.zh == "郴州高新区")
    }

    @Test func undeclaredGB18030IsReportedWithTheEncodingHint() throws {
        var sources = TablesFixtures.parksSources()
        sources.entities = Self.fixture("parks-gb18030.csv")
        #expect(throws: DiagnosticError.self) { try DatasetLoader.load(sources) }
        var bag = DiagnosticBag()
        _ = DatasetLoader.load(sources, into: &bag)
        #expect(bag.diagnostics.first?.message.contains("encoding: gb18030") == true)
    }

    @Test func workbookFirstSheetIsReadWhenNoneIsNamed() throws {
        var bag = DiagnosticBag()
        var sources = TablesFixtures.parksSources(observations: Self.fixture("parks.xlsx"))
        sources.formats = [:]
        _ = DatasetLoader.load(sources, into: &bag)
        // The first sheet ("About") holds one text cell: no park, indicator, month or value columns.
        #expect(bag.diagnostics.first?.message.hasPrefix("no entity column 'park' in the header") == true)
        #expect(bag.diagnostics.first?.location.path.hasSuffix("parks.xlsx") == true)
        #expect(bag.diagnostics.first?.sourceLine == nil)
    }

    @Test func blankCellsAreMissingNeverZero() throws {
        let directory = try TemporaryDirectory()
        let text = try TablesFixtures.text("monthly.csv").replacingOccurrences(
            of: #"hitech,tax,2013-04,[0-9.]+"#, with: "hitech,tax,2013-04,", options: .regularExpression)
        try directory.write("monthly.csv", text)
        let dataset = try Self.load(observations: directory.path + "/monthly.csv")
        #expect(dataset.value("hitech", "tax", Period(year: 2013, month: 4)) == nil)
        #expect(dataset.value("hitech", "tax", Period(year: 2013, month: 5)) != nil)
    }

    @Test(arguments: [
        ("1,234.5", Character("."), 1234.5), ("-12,345,678", ".", -12_345_678), ("37.6%", ".", 0.376),
        ("1.234,5", ",", 1234.5), ("1 234,5", ",", 1234.5), ("0,5", ",", 0.5), ("20 %", ".", 0.2),
    ])
    func spreadsheetNumbers(text: String, decimal: Character, value: Double) {
        #expect(TableValues.number(Substring(text), decimalSeparator: decimal) == value)
    }

    @Test(arguments: [
        ("1,23.5", Character(".")), ("12,3456", "."), ("1.5", ","), ("%", "."), (",5", "."), ("1,5", "."),
    ])
    func malformedSpreadsheetNumbers(text: String, decimal: Character) {
        #expect(TableValues.number(Substring(text), decimalSeparator: decimal) == nil)
    }

    @Test func delimiterIsDetectedFromTheHeader() {
        #expect(CSVReader.detectDelimiter(in: Array("a;b;c\n1,5;2;3\n".utf8)) == ";")
        #expect(CSVReader.detectDelimiter(in: Array("a\tb\n".utf8)) == "\t")
        #expect(CSVReader.detectDelimiter(in: Array("\"a;b\",c\n".utf8)) == ",")
        #expect(CSVReader.detectDelimiter(in: Array("a\n".utf8)) == ",")
    }

    @Test func excelSerialDates() {
        #expect(XLSXSheetReader.date(fromSerial: 41275) == "2013-01-01")
        #expect(XLSXSheetReader.date(fromSerial: 1) == "1900-01-01")
        #expect(XLSXSheetReader.date(fromSerial: 61) == "1900-03-01")
        #expect(XLSXSheetReader.column("C7") == 3)
        #expect(XLSXSheetReader.column("AA1") == 27)
        #expect(
            XLSXReader.isDateFormat("yyyy-mm") && !XLSXReader.isDateFormat("0.00") && !XLSXReader.isDateFormat("[Red]0")
        )
    }
}
