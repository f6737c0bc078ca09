extension Dataset {
    /// The last year with an observation in each of its twelve months; nil when no year is complete.
    public var lastFullYear: Int? {
        let periods = Set(self.periods)
        return Set(periods.map(\.year)).sorted().last { year in Period.months(of: year).allSatisfy(periods.contains) }
    }
}
