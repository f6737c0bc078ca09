internal import CFontconfig
import Synchronization

/// Pins the fonts text is set in: loads a fontconfig file the project ships (Assets/fonts.conf)
/// and makes it the process's configuration before Pango first looks for a font.
public enum FontConfiguration {
    private static let loaded = Mutex<String?>(nil)

    /// Makes `path` the fontconfig configuration of this process. Call once, before any text is
    /// set; calling again with the same file does nothing, with another file throws.
    public static func use(configFile path: String) throws(RenderError) {
        try loaded.withLock { (current: inout String?) throws(RenderError) in
            if let current {
                guard current == path else {
                    throw RenderError("fontconfig", "already configured from \(current), cannot switch to \(path)")
                }
                return
            }
            guard let config = FcConfigCreate() else { throw RenderError("FcConfigCreate", "out of memory") }
            guard FcConfigParseAndLoad(config, path, 1) != 0 else {
                FcConfigDestroy(config)
                throw RenderError("fontconfig", "cannot load configuration \(path)")
            }
            guard FcConfigBuildFonts(config) != 0, FcConfigSetCurrent(config) != 0 else {
                FcConfigDestroy(config)
                throw RenderError("fontconfig", "cannot build the font list from \(path)")
            }
            // FcConfigSetCurrent took a reference of its own.
            FcConfigDestroy(config)
            current = path
        }
    }

    /// Whether a configuration has been loaded.
    public static var isConfigured: Bool { loaded.withLock { $0 != nil } }
}
