extension Dataset {
    /// The last year with an observation in each of its periods (twelve months, four quarters, or
    /// the year); nil when no year is complete.
    public var lastCompleteYear: Int? {
        let periods = Set(self.periods)
        return Set(periods.map(\.year)).sorted().last { year in
            Period.all(in: year, frequency).allSatisfy(periods.contains)
        }
    }

    /// The latest year before `year` with an observation, or nil: the base of growth for a series
    /// observed every few years.
    public func latestYear(before year: Int) -> Int? {
        periods.last { $0.year < year }?.year
    }

    /// Whether any observation lies in `year`.
    public func hasData(in year: Int) -> Bool {
        periods.contains { $0.year == year }
    }
}
