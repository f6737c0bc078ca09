import Foundation
import Testing

/// The example brief with 23 indicators: its indicator table is far too wide for an A4 page, and
/// is printed in parts with every number whole (it used to print one letter a line and split
/// numbers: "143,/093").
@Suite struct WideTableBriefTests {
    /// Indicators added to the example's six, each with a whole number of yuan every month.
    static let added = 1...17

    /// The monthly value of added indicator `indicator` for the park at `index` in parks.csv.
    static func monthly(_ indicator: Int, park index: Int) -> Int { 11_924 + 1_000 * indicator + 7 * index }

    /// A copy of the example with 17 more indicators, none decimal, with values in 2012 and 2013.
    static func wideBrief() throws -> String {
        let folder = try Support.copyOfExample()
        let parks = try String(contentsOfFile: folder + "/parks.csv", encoding: .utf8).split(
            whereSeparator: \.isNewline
        )
        .dropFirst().map { String($0.split(separator: ",")[0]) }
        var catalogue = try String(contentsOfFile: folder + "/indicators.csv", encoding: .utf8)
        var observations = try String(contentsOfFile: folder + "/monthly.csv", encoding: .utf8)
        for indicator in added {
            // The example's catalogue ends with a short_name column, left empty here.
            catalogue += "added\(indicator),Added indicator number \(indicator),新增指标\(indicator),m yuan,万元,0,flow,\n"
            for (index, park) in parks.enumerated() {
                for year in [2012, 2013] {
                    for month in 1...12 {
                        observations += String(
                            format: "%@,added%d,%d-%02d,%d\n", park, indicator, year, month,
                            monthly(indicator, park: index))
                    }
                }
            }
        }
        try catalogue.write(toFile: folder + "/indicators.csv", atomically: true, encoding: .utf8)
        try observations.write(toFile: folder + "/monthly.csv", atomically: true, encoding: .utf8)
        return folder
    }

    /// `value` with thousands separators, as the English brief prints it.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : String(digit)
        }.joined()
    }

    @Test func everyNumberOfA23IndicatorTableIsPrintedWhole() throws {
        let folder = try Self.wideBrief()
        let output = folder + "/wide.pdf"
        let result = try Support.briefing(["build", folder, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
        let text = try Support.text(of: output)
        let words = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
        let parkCount = 12
        for indicator in Self.added {
            // A year of months for each park, and the total row over the twelve parks.
            for index in 0..<parkCount {
                let annual = Self.grouped(12 * Self.monthly(indicator, park: index))
                let found = words.contains(annual)
                #expect(found, "added\(indicator), park \(index): \(annual)")
            }
            let total = (0..<parkCount).map { 12 * Self.monthly(indicator, park: $0) }.reduce(0, +)
            let found = words.contains(Self.grouped(total))
            #expect(found, "added\(indicator), total \(Self.grouped(total))")
        }
        #expect(text.contains("Table 1. Indicators by park, 2013 (continued)"))
        // Every header's words are whole: "Added indicator number 17" is never cut inside a word.
        let headerWords = ["Added", "indicator", "number"].filter { words.contains($0) }
        #expect(headerWords.count == 3)
        let pieces = ["Ad", "ded", "indi", "cator", "num", "ber"].filter { words.contains($0) }
        #expect(pieces.isEmpty)
    }
}
