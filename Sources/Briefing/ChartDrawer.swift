import BriefingCore
import BriefingInput
import BriefingLayout

/// Draws a brief's charts again at the height pagination chose: the chart is laid out anew at
/// that size, so its text keeps its size and only its plot area changes.
final class ChartDrawer: FigureDrawer {
    let composer: ChartComposer
    /// The manifest's charts in order: figure `n` is chart `n - 1`.
    let specs: [Manifest.ChartSpec]

    init(composer: ChartComposer, specs: [Manifest.ChartSpec]) {
        self.composer = composer
        self.specs = specs
    }

    func frame(for figure: Figure, height: Double) -> Frame? {
        guard let key = figure.flexibleHeight?.key, specs.indices.contains(key - 1) else { return nil }
        return try? composer.sized(height).chart(for: specs[key - 1]).output.frame
    }
}
