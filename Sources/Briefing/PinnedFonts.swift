import BriefingRender

/// The fonts `Assets/fonts.conf` pins, as the input readers need them: to warn, where text is
/// written, of characters no document font can draw.
enum PinnedFonts {
    /// What the pinned fonts can draw (configuring them first), so that `check` and `batch` warn
    /// of the same missing glyphs as `build`; nil when the fonts cannot be loaded (which rendering
    /// reports).
    static var coverage: FontCoverage? {
        do {
            try FontConfiguration.use(configFile: Assets.fontConfiguration)
            return try FontCoverage()
        } catch {
            return nil
        }
    }
}
