import BriefingCore

/// What every chart produces: a frame of exactly the requested size and a sentence describing the
/// data for readers who cannot see it (tagged-PDF alternative text).
public struct ChartOutput: Hashable, Sendable {
    public var frame: Frame
    public var alternativeText: String

    public init(frame: Frame, alternativeText: String) {
        self.frame = frame
        self.alternativeText = alternativeText
    }

    /// The frame as a figure group carrying the alternative text, ready to place on a page.
    public var figure: Group { Group(frame: frame, role: .figure(alternativeText: alternativeText)) }
}
