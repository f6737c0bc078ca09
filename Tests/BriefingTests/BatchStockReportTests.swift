import Foundation
import Testing

/// A monthly report on a stock: its tiles read the level at the month's end (never a sum of the
/// months "January–June"), its share of the total and rank at that end, and its growth on the same
/// month a year before — figures computed here from the CSV itself, not by briefing.
@Suite struct BatchStockReportTests {
    /// `employees` at `month` for each park, read straight from parks-monthly's table.
    static func employees(_ month: String) throws -> [String: Double] {
        let table = try String(
            contentsOfFile: Support.packageRoot.appendingPathComponent("Briefings/parks-monthly/monthly.csv").path,
            encoding: .utf8)
        var values: [String: Double] = [:]
        for line in table.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 4, fields[1] == "employees", fields[2] == month, let value = Double(fields[3]) {
                values[fields[0]] = value
            }
        }
        return values
    }

    @Test func aStocksReportReadsTheLevelAtTheMonthsEnd() throws {
        let folder = try Support.temporaryFolder() + "/report"
        try FileManager.default.copyItem(
            atPath: Support.packageRoot.appendingPathComponent("Briefings/parks-monthly").path, toPath: folder)
        let manifest = folder + "/report.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "indicator: value_added", with: "indicator: employees")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let run = try Support.briefing(["batch", folder, "-o", folder + "/out", "--periods", "2013-06", "--entities", "hitech"])
        #expect(run.status == 0, "\(run.stderr)")
        let june = try Self.employees("2013-06")
        let lastJune = try Self.employees("2012-06")
        let own = try #require(june["hitech"])
        let share = own / june.values.reduce(0, +)
        let growth = own / (try #require(lastJune["hitech"])) - 1
        let rank = june.values.filter { $0 > own }.count + 1
        let en = try Support.text(of: folder + "/out/2013-06/hitech-en.pdf")
        #expect(en.contains("end of June 2013"))
        #expect(en.contains(String(format: "%.1f thousand", own)))
        #expect(en.contains(String(format: "%.1f%%", share * 100)))
        #expect(en.contains("Rank \(rank) of \(june.count) parks"))
        #expect(en.contains("Growth since end of June 2012"))
        #expect(en.contains(String(format: "+%.1f%%", growth * 100)))
        #expect(!en.contains("January\u{2013}June 2013"), "a stock is never a sum of months")
        let zh = try Support.text(of: folder + "/out/2013-06/hitech-zh.pdf")
        #expect(zh.contains("2013年6月末"))
        #expect(zh.contains("比2012年6月末增长"))
        #expect(!zh.contains("2013年1\u{2013}6月"))
    }
}
