import BriefingCore
import BriefingData
import Foundation
import Testing

@testable import BriefingInput

/// `briefing init`'s inference, over small inline tables: the shape and columns it reads, how the
/// periods are written, each indicator's kind — and, where a table allows more than one reading,
/// the exact doubt it says (it never guesses silently).
@Suite struct TableInferenceTests {
    /// A case: a table, the mapping expected (in ``describe(_:)``'s words) and the doubts, exactly.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var csv: String
        var mapping: String
        var doubts: [String] = []
        var testDescription: String { name }
    }

    static func infer(_ csv: String, path: String = "t.csv") throws -> TableInference {
        let table = try #require(CSVReader(delimiter: csv.contains(";") ? ";" : ",")).read(csv, path: path)
        switch TableInference.infer(table, subject: "t") {
        case .success(let inference): return inference
        case .failure(let error):
            Issue.record("not inferred: \(error)")
            throw error
        }
    }

    /// `long entity=park indicator=indicator period=month value=value`, roles as `name` (a column)
    /// or `=id` (a constant), then `period-format`, `frequency` and `aggregate` when set.
    static func describe(_ inference: TableInference) -> String {
        func role(_ role: TableMapping.Role?) -> String {
            switch role {
            case .column(let name)?: return name
            case .constant(let id)?: return "=\(id)"
            case nil: return "-"
            }
        }
        func period(_ columns: TableMapping.PeriodColumns?) -> String {
            switch columns {
            case .column(let name)?: return name
            case .yearAndMonth(let year, let month)?: return "\(year)+\(month)"
            case .yearAndQuarter(let year, let quarter)?: return "\(year)+\(quarter)"
            case nil: return "-"
            }
        }
        var parts: [String]
        switch inference.mapping.layout {
        case .long(let entity, let indicator, let periods, let value):
            parts = [
                "long", "entity=\(role(entity))", "indicator=\(role(indicator))", "period=\(period(periods))",
                "value=\(value)",
            ]
        case .wideIndicators(let entity, let periods, let list):
            parts = ["wide-indicators", "entity=\(role(entity))", "period=\(period(periods))"]
            if let list { parts.append("indicators=\(list.joined(separator: ","))") }
        case .widePeriods(let entity, let indicator, let year, let list):
            parts = ["wide-periods", "entity=\(role(entity))", "indicator=\(role(indicator))"]
            if let year { parts.append("year=\(year)") }
            if let list { parts.append("periods=\(list.joined(separator: ","))") }
        case .wideEntities(let indicator, let periods, let list):
            parts = ["wide-entities", "indicator=\(role(indicator))", "period=\(period(periods))"]
            if let list { parts.append("entities=\(list.joined(separator: ","))") }
        }
        let options = inference.mapping.periods
        if options.format != .standard { parts.append("format=\(options.format.name)") }
        parts.append(inference.frequency.rawValue)
        if let aggregate = options.aggregate {
            parts.append("aggregate=\(aggregate.to.rawValue)/\(aggregate.by.rawValue)")
        }
        if inference.decimalSeparator != "." { parts.append("decimal=\(inference.decimalSeparator)") }
        return parts.joined(separator: " ")
    }

    static let shapes: [Case] = [
        Case(
            name: "long, named columns",
            csv: "park,indicator,month,value\nhitech,tax,2013-01,1.5\nhitech,tax,2013-02,1.6\necodev,tax,2013-01,2.5\n",
            mapping: "long entity=park indicator=indicator period=month value=value monthly"),
        Case(
            name: "long, one entity",
            csv: "indicator,month,value\ntax,2013-01,1.5\ntax,2013-02,1.6\n",
            mapping: "long entity==t indicator=indicator period=month value=value monthly"),
        Case(
            name: "long, nothing tells the two id columns apart",
            csv: "a,b,quarter,value\nx,tax,2013Q1,1.5\ny,tax,2013Q1,1.6\n",
            mapping: "long entity=a indicator=b period=quarter value=value quarterly",
            doubts: [
                "nothing tells which of columns 'a' and 'b' names the entities and which the indicators: read 'a' as the "
                    + "entities and 'b' as the indicators (swap them under 'columns' if not)"
            ]),
        Case(
            name: "long, one id column of unknown role",
            csv: "name,year,value\nx,2012,1.5\ny,2012,1.6\n",
            mapping: "long entity=name indicator==t period=year value=value annual",
            doubts: [
                "column 'name' may name the entities or the indicators: read as the entities, the values as one "
                    + "indicator 't' (if it names indicators, write 'columns: {indicator: name, entity: {value: ID}}')"
            ]),
        Case(
            name: "indicators across, a text column that is not the entity",
            csv:
                "country,continent,year,lifeExp,pop\nA,Asia,2002,50.5,100\nA,Asia,2007,52.1,110\nB,Asia,2002,60.5,90\n",
            mapping: "wide-indicators entity=country period=year indicators=lifeExp,pop annual"),
        Case(
            name: "indicators across, year and quarter columns, one entity",
            csv: "year,quarter,realgdp,unemp\n2008,1,13000.5,5.1\n2008,2,13100.5,5.3\n",
            mapping: "wide-indicators entity==t period=year+quarter quarterly"),
        Case(
            name: "numbers across and no id column: indicators or entities?",
            csv: "month,north,south\n2013-01,1.5,2.5\n2013-02,1.7,2.6\n",
            mapping: "wide-indicators entity==t period=month monthly",
            doubts: [
                "the columns 'north' and 'south' hold numbers and no column names entities: read as indicators of one "
                    + "entity 't' (if they are one indicator's values for several entities, write 'layout: "
                    + "wide-entities' and 'columns: {indicator: {value: ID}, ...}')"
            ]),
        Case(
            name: "entities across, an indicator column",
            csv: "indicator,month,north,south\ntax,2013-01,1.5,2.5\ntax,2013-02,1.7,2.6\n",
            mapping: "wide-entities indicator=indicator period=month monthly"),
        Case(
            name: "periods across",
            csv: "region,indicator,2012,2013\nnorth,tax,1.5,1.7\nsouth,tax,2.5,2.6\n",
            mapping: "wide-periods entity=region indicator=indicator annual"),
        Case(
            name: "a year in each row, months across, a whole-year column not read",
            csv: "年份,1月,2月,全年\n2012,101.5,103.0,204.5\n2013,102.5,104.0,206.5\n",
            mapping: "wide-periods entity==t indicator==t year=年份 periods=1月,2月 monthly"),
        Case(
            name: "whole numbers that recur in every period are ids",
            csv: "code,year,gdp\n110000,2012,5.5\n120000,2012,6.5\n110000,2013,5.8\n120000,2013,6.9\n",
            mapping: "wide-indicators entity=code period=year annual",
            doubts: [
                "column 'code' holds whole numbers that recur once in every period, like ids: read as the entities (if "
                    + "they are values of an indicator, map the entity with 'columns: {entity: {value: ID}}')"
            ]),
        Case(
            name: "a column of years not named so",
            csv: "t,x\n1990,5.5\n1991,6.5\n",
            mapping: "wide-indicators entity==t period=t annual",
            doubts: [
                "column 't' holds whole numbers from 1990 to 1991, read as the years (if they are values, name the "
                    + "period column with 'columns: {period: NAME}')"
            ]),
        Case(
            name: "dates as numbers, several in one month",
            csv: "date,co2\n19580329,316.1\n19580405,317.3\n19580412,317.6\n",
            mapping: "wide-indicators entity==t period=date format=%Y%m%d monthly aggregate=monthly/mean",
            doubts: [
                "several dates fall in one month: the brief shows their mean ('aggregate: {to: monthly, by: mean}'; "
                    + "amounts that add up, such as sales, take 'by: sum')"
            ]),
        Case(
            name: "day and month that read either way",
            csv: "date,x\n01/01/2014,1.5\n01/02/2014,1.6\n01/03/2014,1.7\n",
            mapping: "wide-indicators entity==t period=date format=%d/%m/%Y monthly",
            doubts: [
                "the periods in column 'date' read as '%d/%m/%Y' and as '%m/%d/%Y': read as '%d/%m/%Y' (write "
                    + "'period-format' if not)"
            ]),
        Case(
            name: "a column named value among other numbers is an indicator (statsmodels' grunfeld)",
            csv:
                "invest,value,capital,firm,year\n317.6,3078.5,2.8,GM,1935\n391.8,4661.7,52.6,GM,1936\n40.3,417.5,10.5,GE,1935\n",
            mapping: "wide-indicators entity=firm period=year annual"),
        Case(
            name: "a category beside dates is not the entities (vega's seattle-weather)",
            csv:
                "date,wind,weather\n2012-01-01,4.7,rain\n2012-02-01,4.5,sun\n2012-03-01,2.3,rain\n2012-04-01,4.7,fog\n",
            mapping: "wide-indicators entity==t period=date indicators=wind format=YYYY-MM-DD monthly",
            doubts: [
                "column 'weather' is not read as the entities: each of its 3 values holds only some of the periods, as "
                    + "a category does (name it with 'columns: {entity: weather}' if it names the entities)"
            ]),
        Case(
            name: "a column numbering the rows (statsmodels' longley)",
            csv: "Obs,GNP,YEAR\n1,234289,1947\n2,259426,1948\n3,258054,1949\n",
            mapping: "wide-indicators entity==t period=YEAR indicators=GNP annual",
            doubts: [
                "column 'Obs' numbers the rows (3 different whole numbers in a run): not read as an indicator (list it "
                    + "under 'indicators' if it is one)"
            ]),
        Case(
            name: "a decimal comma",
            csv: "park;indicator;month;value\nhitech;tax;2013-01;1,5\nhitech;tax;2013-02;1,25\n",
            mapping: "long entity=park indicator=indicator period=month value=value monthly decimal=,"),
        Case(
            name: "a comma that groups thousands or is a decimal comma",
            csv: "park,indicator,month,value\nhitech,tax,2013-01,\"1,818\"\nhitech,tax,2013-02,\"1,937\"\n",
            mapping: "long entity=park indicator=indicator period=month value=value monthly",
            doubts: [
                "numbers such as '1,818' read with ',' grouping thousands or as a decimal comma: read ',' as grouping "
                    + "thousands (write 'decimal: \",\"' if it is a decimal comma)"
            ]),
    ]

    @Test(arguments: shapes) func shape(_ example: Case) throws {
        let inference = try Self.infer(example.csv)
        #expect(Self.describe(inference) == example.mapping)
        #expect(inference.doubts.filter { $0.subject != .kind($0.subjectID) }.map(\.reason) == example.doubts)
    }
}

extension TableInference.Doubt {
    /// The indicator of a kind doubt, else "".
    var subjectID: String {
        if case .kind(let id) = subject { return id }
        return ""
    }
}
