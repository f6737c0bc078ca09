import BriefingCore
import BriefingData
import Testing

@testable import BriefingInput

/// A Chinese brief or batch warns once per catalogue column for the rows that lack their Chinese
/// text (`name_zh`, `unit_zh`, `note_zh`), naming their lines; an English one does not.
struct TablesMissingChineseTests {
    static let indicators = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind
        tit_volume,Volume,技工贸总收入,bn yuan,亿元,2,flow
        tax,Tax payment,,bn yuan,,2,flow
        employees,Employees,年末从业人员,thousand,,1,stock

        """
    static let parks = """
        park,name,name_zh
        a,Park A,
        b,Park B,园区B
        c,Park C,
        d,Park D,
        e,Park E,

        """
    static let targets = """
        scope,indicator,year,target_growth,note,note_zh
        total,tit_volume,2014,0.2,at least,不低于
        city,tax,2014,0.1,at least,
        a,tit_volume,2014,0.3,,
        total,share,2014,0.6,the share,

        """

    func warnings(_ languages: Set<Language>, _ scenario: TablesScenario) throws -> [String] {
        let directory = try TemporaryDirectory()
        var sources = try scenario.sources(in: directory)
        sources.languages = languages
        var bag = DiagnosticBag()
        let dataset = DatasetLoader.load(sources, into: &bag)
        #expect(dataset != nil, "\(bag.diagnostics.map(\.summary))")
        return bag.diagnostics.filter { $0.severity == .warning }.map(\.summary)
    }

    var scenario: TablesScenario {
        TablesScenario().with("indicators.csv", Self.indicators).with("parks.csv", Self.parks)
            .with("targets.csv", Self.targets)
            .with("monthly.csv", "park,indicator,month,value\na,tax,2012-01,1\n")
    }

    /// Positions: the header cell of each Chinese column (`name_zh` starts at column 16 of
    /// `indicator,name,name_zh,…`, `unit_zh` at 29, `note_zh` at 41 of the targets' header).
    @Test func chineseWarnsOncePerColumnNamingTheLines() throws {
        #expect(
            try warnings([.en, .zh], scenario) == [
                "indicators.csv:1:16: warning: 1 indicator has no name_zh (line 3): its English name is shown",
                "indicators.csv:1:29: warning: 2 indicators have no unit_zh (lines 3, 4): their English units are shown",
                "parks.csv:1:11: warning: 4 entities have no name_zh (lines 2, 4–6): their English names are shown",
                "targets.csv:1:41: warning: 2 targets with a note have no note_zh (lines 3, 5): their English notes are shown",
            ])
    }

    @Test func englishDoesNotWarn() throws {
        #expect(try warnings([.en], scenario).isEmpty)
    }

    @Test func aMissingColumnIsWarnedAtTheHeader() throws {
        let noColumn = scenario.with("parks.csv", "park,name\na,Park A\nb,Park B\n")
        #expect(
            try warnings([.zh], noColumn).contains(
                "parks.csv:1:1: warning: 2 entities have no name_zh (lines 2, 3): their English names are shown"))
    }

    @Test func theNotesAndTheTotalScopeAreRead() throws {
        let directory = try TemporaryDirectory()
        let dataset = try DatasetLoader.load(try scenario.sources(in: directory))
        #expect(dataset.targets.map(\.scope) == ["total", "total", "a", "total"])
        #expect(
            dataset.targets.map(\.note) == [
                Localized(en: "at least", zh: "不低于"), Localized(en: "at least"), Localized(en: ""),
                Localized(en: "the share"),
            ])
    }

    @Test func anUnknownScopeNamesTotal() throws {
        let bad = scenario.with("targets.csv", "scope,indicator,year,target_growth\ncity-wide,tax,2014,0.1\n")
        #expect(
            try bad.errors() == [
                "targets.csv:2:1: error: unknown scope 'city-wide' (expected 'total' or an entity in parks.csv)"
            ])
    }

    @Test(arguments: [([2], "2"), ([2, 3], "2, 3"), ([2, 3, 4], "2–4"), ([2, 4, 5, 6, 9], "2, 4–6, 9")])
    func lineRanges(_ lines: [Int], _ text: String) {
        #expect(MissingChinese.ranges(lines) == text)
    }

    @Test func longListsAreCut() {
        #expect(
            MissingChinese.ranges(Array(stride(from: 2, through: 60, by: 2)))
                == "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, …")
    }
}
