extension Duration {
    /// The duration in whole milliseconds, rounded down: how builds report their time.
    public var wholeMilliseconds: Int {
        Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000)
    }
}
