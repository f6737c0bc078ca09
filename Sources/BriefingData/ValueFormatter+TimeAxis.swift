extension ValueFormatter {
    /// The most labels a time axis carries; more would crowd a chart a page wide.
    static let mostAxisLabels = 12

    /// The labels of a time axis over `periods` (consecutive, one frequency), nil for a tick left
    /// unlabelled. A short run labels every period (quarters, years) or every quarter's first month;
    /// a long one labels years only, every 1, 2, 5, 10, 20, 50… years so that at most
    /// ``mostAxisLabels`` are written. The year is written on the first label and wherever it changes.
    public func timeAxisLabels(_ periods: [Period]) -> [String?] {
        guard let first = periods.first else { return [] }
        let perYear = first.frequency.periodsPerYear
        let stride = perYear == 12 ? 3 : 1
        if periods.count <= Self.mostAxisLabels * stride {
            var previous: Period?
            return periods.map { period in
                guard (period.index - 1) % stride == 0 else { return nil }
                defer { previous = period }
                return axisPeriod(period, previous: previous)
            }
        }
        let years = Set(periods.map(\.year)).count
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].first { years / $0 < Self.mostAxisLabels } ?? 1000
        return periods.map { period in
            period.index == 1 && period.year % step == 0 ? year(period.year) : nil
        }
    }

    /// The heading of a table's period column: en `Month`, `Quarter`, `Year`; zh `月份`, `季度`, `年份`.
    public func periodHeading(_ frequency: Frequency) -> String {
        switch (frequency, language) {
        case (.monthly, .en): return "Month"
        case (.monthly, .zh): return "月份"
        case (.quarterly, .en): return "Quarter"
        case (.quarterly, .zh): return "季度"
        case (.annual, .en): return "Year"
        case (.annual, .zh): return "年份"
        }
    }
}
