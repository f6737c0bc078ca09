import BriefingCore
import BriefingData
import Foundation

@testable import BriefingInput

extension FuzzTargets {
    /// The indicator catalogue of the `tables` harness: one indicator of each kind the loader and
    /// the figures treat differently, a derived one among them.
    static let tablesIndicators = """
        indicator,name,name_zh,unit,unit_zh,decimals,kind,numerator,denominator,scale,change
        x,X,甲,bn yuan,亿元,2,flow,,,,
        y,Y,乙,thousand,万人,1,stock,,,,
        z,Z,丙,%,%,1,rate,,,,growth
        i,I,丁,points,点,1,index,,,,
        a,A,戊,people,人,0,average,,,,
        r,R,己,yuan,元,1,per-capita,x,y,1000,

        """

    /// A table and how a manifest maps it: the bytes before a line `---` are the `observations`
    /// entry of `data:` (its keys: layout, columns, period-format, frequency, aggregate, …, indented
    /// as written), the rest the CSV table itself. The table is read with ``tablesIndicators`` and
    /// the entities it names; when it loads, every figure of its last complete year is computed
    /// (values, growth, shares, ranks, series) and the manifest checked against it, as a brief would.
    static func tables(_ bytes: [UInt8], scratch: URL) -> [Diagnostic] {
        let text = String(decoding: bytes, as: UTF8.self)
        let split = text.range(of: "\n---\n")
        let entry = split.map { String(text[..<$0.lowerBound]) } ?? text
        let table = split.map { String(text[$0.upperBound...]) } ?? ""
        do {
            try Data(table.utf8).write(to: scratch.appendingPathComponent("table.csv"))
            try Data(tablesIndicators.utf8).write(to: scratch.appendingPathComponent("indicators.csv"))
        } catch {
            return []
        }
        let indented = entry.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        let manifest = (["title: T", "date: 2014-03-12", "data:", "  observations:", "    file: table.csv"] + indented
            + ["  indicators: indicators.csv", "sections: [cover]", ""]).joined(separator: "\n")
        var bag = DiagnosticBag()
        guard let read = ManifestReader.parse(manifest, path: scratch.appendingPathComponent("brief.yaml").path, into: &bag),
            let dataset = DatasetLoader.load(read.data, into: &bag)
        else { return bag.diagnostics }
        bag.append(contentsOf: ManifestChecker.check(read, dataset: dataset))
        exercise(Figures(dataset))
        return bag.diagnostics
    }

    /// Every figure a brief of `figures`' dataset could show for its last complete year.
    private static func exercise(_ figures: Figures) {
        let dataset = figures.dataset
        guard let year = dataset.lastCompleteYear ?? dataset.periods.last?.year,
            let first = dataset.periods.first, let last = dataset.periods.last
        else { return }
        let end = Period.all(in: year, dataset.frequency).last ?? last
        let windows: [Figures.Window] = [.year(year), .yearToDate(end), .period(end)]
        let scopes = [Figures.Scope.total] + dataset.entities.prefix(20).map { .entity($0.id) }
        for indicator in dataset.indicators {
            for window in windows {
                for scope in scopes {
                    _ = figures.value(of: indicator.id, for: scope, in: window)
                    _ = figures.change(of: indicator.id, for: scope, in: window)
                    _ = figures.share(of: indicator.id, for: scope, in: window)
                }
                _ = figures.ranking(of: indicator.id, in: window, by: .growth)
            }
            _ = figures.series(of: indicator.id, for: .total, over: first...last, .yearToDate)
        }
    }
}
