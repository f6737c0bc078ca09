import Foundation

/// A small annual brief of two entities for the kinds' composition tests, with figures worked out
/// by hand:
/// - `output` (flow, bn yuan): a 10 → 12, b 20 → 21; total 30 → 33 (+10.0%), a +20.0%, b +5.0%.
/// - `staff` (stock, thousand): a 5 → 6, b 7 → 7.5; total 12 → 13.5 at end of 2008 (+12.5%).
/// - `unemp` (rate, %): a 4.0 → 5.2 (+1.2 pp), b 6.0 → 5.5 (−0.5 pp); no total over two entities.
/// - `empty` (flow): in the catalogue, without a single observation.
enum KindFixture {
    static let indicators = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind
        output,Output,产出,bn yuan,亿元,1,flow
        staff,Staff,从业人员,thousand,千人,1,stock
        unemp,Unemployment rate,失业率,%,%,1,rate
        empty,Nothing yet,暂无,bn yuan,亿元,1,flow

        """
    static let data = """
        entity,indicator,period,value
        a,output,2007,10
        a,output,2008,12
        b,output,2007,20
        b,output,2008,21
        a,staff,2007,5
        a,staff,2008,6
        b,staff,2007,7
        b,staff,2008,7.5
        a,unemp,2007,4.0
        a,unemp,2008,5.2
        b,unemp,2007,6.0
        b,unemp,2008,5.5

        """
    static let entities = "entity,name,name_zh\na,Alpha,甲\nb,Beta,乙\n"

    /// The manifest; `charts` are the lines of the charts section (each `      - {…}`).
    static func manifest(charts: [String], language: String = "en") -> String {
        """
        title: Kinds
        date: 2009-01-15
        language: \(language)
        year: 2008
        data:
          observations: {file: data.csv, layout: long, columns: {entity: entity, period: period}}
          indicators: indicators.csv
          entities: {file: entities.csv, id: entity}
        sections:
          - key-indicators:
              indicators: [output, staff, unemp]
          - charts:
        \(charts.map { "      - " + $0 }.joined(separator: "\n"))
          - indicator-table: {indicators: [output, staff, unemp], growth: true}

        """
    }

    /// The line of chart `index` (0-based) in ``manifest(charts:language:)``.
    static func chartLine(_ index: Int) -> Int { 13 + index }

    /// Writes the brief into a new folder and returns its path.
    static func write(charts: [String], language: String = "en") throws -> String {
        let folder = try Support.temporaryFolder()
        for (name, text) in [
            ("indicators.csv", indicators), ("data.csv", data), ("entities.csv", entities),
            ("brief.yaml", manifest(charts: charts, language: language)),
        ] {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }
}
