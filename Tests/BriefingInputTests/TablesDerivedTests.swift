import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// Derived indicators in the catalogue: what they are computed from, checked at their cells.
@Suite("Indicator catalogue: derived indicators")
struct TablesDerivedTests {
    let base = TablesScenario()

    func indicators(_ rows: String...) -> TablesScenario {
        base.with(
            "indicators.csv",
            (["indicator,name,name_zh,unit,unit_zh,decimals,kind,numerator,denominator,scale"] + rows)
                .joined(separator: "\n") + "\n")
    }

    static let read = [
        "tit_volume,Volume,,bn yuan,,2,flow,,,", "tax,Tax,,bn yuan,,2,flow,,,", "employees,Staff,,thousand,,1,stock,,,",
    ]

    @Test func aRatioIsReadWithItsParts() throws {
        var rows = Self.read
        rows.append("tax_rate,Tax per volume,,%,,1,ratio,tax,tit_volume,100")
        let dataset = try indicators(rows[0], rows[1], rows[2], rows[3]).load().get()
        #expect(
            dataset.indicator("tax_rate")?.derivation
                == Indicator.Derivation(numerator: "tax", denominator: "tit_volume", scale: 100))
    }

    @Test func problemsAreReportedAtTheirCells() throws {
        let rows = Self.read + [
            "a,A,,x,,1,ratio,tax,,",
            "b,B,,x,,1,per-capita,taxes,employees,",
            "c,C,,x,,1,ratio,d,tax,",
            "d,D,,x,,1,ratio,c,tax,",
            "e,E,,x,,1,flow,tax,,",
            "f,F,,x,,1,ratio,tax,employees,-2",
        ]
        let errors = try indicators(rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6], rows[7], rows[8])
            .errors()
        #expect(
            errors == [
                "indicators.csv:5:21: error: a 'ratio' indicator is computed from two others: expected an indicator id in column 'denominator', found an empty cell",
                "indicators.csv:6:22: error: unknown indicator 'taxes' (not in this catalogue); did you mean 'tax'?",
                "indicators.csv:7:17: error: 'c' is computed from itself (through d / tax): expected indicators read from the table or derived from them",
                "indicators.csv:8:17: error: 'd' is computed from itself (through c / tax): expected indicators read from the table or derived from them",
                "indicators.csv:9:16: error: 'numerator' is only for kinds 'ratio' and 'per-capita', and this indicator is 'flow': expected an empty cell, found 'tax'",
                "indicators.csv:10:31: error: expected a positive number in column 'scale', found '-2'",
            ])
    }

    @Test func aDerivedIndicatorHasNoValuesInTheTable() throws {
        let rows = Self.read + ["tax_rate,Tax per volume,,%,,1,ratio,tax,tit_volume,100"]
        var scenario = indicators(rows[0], rows[1], rows[2], rows[3])
        scenario = scenario.with(
            "monthly.csv", "park,indicator,month,value\nhitech,tax,2012-01,0.2\nhitech,tax_rate,2012-01,11\n")
        let errors = try scenario.errors()
        #expect(
            errors == [
                "monthly.csv:1:1: error: 'tax_rate' is a 'ratio' indicator, computed from tax / tit_volume: expected no values of it in the table (give it another kind to read them)"
            ])
    }
}

/// The catalogue's `change` column: how a change is shown, growth or difference.
@Suite("Indicator catalogue: change column")
struct TablesChangeColumnTests {
    @Test func aRateMayChangeByGrowthAndAnythingElseIsRefused() throws {
        let indicators = """
            indicator,name,name_zh,unit,unit_zh,decimals,kind,change
            tit_volume,Volume,,bn yuan,,2,flow,
            tax,Tax,,bn yuan,,2,rate,growth
            employees,Staff,,thousand,,1,rate,
            """
        let dataset = try TablesScenario().with("indicators.csv", indicators + "\n").load().get()
        #expect(dataset.indicator("tax")?.changesByDifference == false)
        #expect(dataset.indicator("employees")?.changesByDifference == true)
        #expect(dataset.indicator("tit_volume")?.changesByDifference == false)
        let bad = indicators.replacingOccurrences(of: "rate,growth", with: "rate,points")
        #expect(
            try TablesScenario().with("indicators.csv", bad + "\n").errors() == [
                "indicators.csv:3:26: error: expected 'growth' or 'difference' in column 'change', found 'points'"
            ])
    }
}
