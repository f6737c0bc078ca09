import BriefingCore
import BriefingData
import Testing

@testable import BriefingInput

@Suite struct TablesUnusedColumnTests {
    @Test func unusedColumnOfALongTableIsAWarning() throws {
        let directory = try TemporaryDirectory()
        for (name, text) in TablesScenario().files { try directory.write(name, text) }
        try directory.write("monthly.csv", "park,indicator,month,value,remark\nhitech,tax,2012-01,0.2,checked\n")
        var bag = DiagnosticBag()
        let dataset = DatasetLoader.load(
            DatasetSources(
                observations: "monthly.csv", mapping: .long(entity: "park", period: "month"), indicators: "indicators.csv", entities: "parks.csv",
                world: BriefWorld(folder: directory.path, shownAs: "")), into: &bag)
        #expect(dataset?.value("hitech", "tax", Period(year: 2012, month: 1)) == 0.2)
        #expect(
            bag.diagnostics.map(\.summary) == [
                "monthly.csv:1:28: warning: column 'remark' is not used: a long table maps 'park', 'indicator', 'month' and 'value'"
            ])
    }
}
