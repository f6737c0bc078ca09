import BriefingCore

/// What every chart produces: a frame of exactly the requested size and a sentence describing the
/// data for readers who cannot see it (tagged-PDF alternative text), with the data itself as a table.
public struct ChartOutput: Hashable, Sendable {
    public var frame: Frame
    public var alternativeText: String
    /// The values shown, for a data table on request.
    public var data: ChartData

    public init(frame: Frame, alternativeText: String, data: ChartData = ChartData()) {
        self.frame = frame
        self.alternativeText = alternativeText
        self.data = data
    }

    /// The frame as a figure group carrying the alternative text, ready to place on a page.
    public var figure: Group { Group(frame: frame, role: .figure(alternativeText: alternativeText)) }
}
